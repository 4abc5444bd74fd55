import ArgumentParser

/// `pass`: issue, show and verify Khyber Passes.
struct PassCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pass",
        abstract: "Issue, show and verify Khyber Passes.",
        subcommands: [PassIssueCommand.self, PassShowCommand.self, PassVerifyCommand.self]
    )
}
