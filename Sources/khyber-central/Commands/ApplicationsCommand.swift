import ArgumentParser

/// `applications`: the back office's view of applications.
struct ApplicationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "applications",
        abstract: "List applications and move them through their statuses.",
        subcommands: [ApplicationsListCommand.self, ApplicationsAdvanceCommand.self]
    )
}
