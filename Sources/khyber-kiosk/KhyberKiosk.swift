import ArgumentParser

/// `khyber-kiosk`: the Khyber Pass kiosk and its tools.
@main
struct KhyberKiosk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khyber-kiosk",
        abstract: "Khyber Pass kiosk: look citizens up, issue and verify their Khyber Pass, offline.",
        discussion: """
        Every command works on one data folder (--data DIR, default ./.kiosk-data, or $KHYBER_DATA):
        the registry database, the pass signer key and the trust list live there.

        Start with:  khyber-kiosk seed --citizens 20000
        Then:        khyber-kiosk pass show --cnic 17301-1234567-1
        """,
        subcommands: [RunCommand.self, SeedCommand.self, PassCommand.self, LookupCommand.self, ApplicationsCommand.self, SyncCommand.self, ServicesCommand.self, OperatorPasswordCommand.self, ConfigCheckCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
