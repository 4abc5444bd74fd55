import ArgumentParser

/// `applications`: the applications submitted on this kiosk.
struct ApplicationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "applications",
        abstract: "Applications submitted on this kiosk.",
        subcommands: [ApplicationsListCommand.self, ApplicationsOutboxCommand.self, ApplicationsRetryCommand.self],
        defaultSubcommand: ApplicationsListCommand.self
    )
}
