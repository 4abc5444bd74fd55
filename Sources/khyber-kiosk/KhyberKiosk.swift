import CommandLineSupport
import ArgumentParser

/// `khyber-kiosk`: the Khyber Pass kiosk and its tools.
@main
struct KhyberKiosk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khyber-kiosk",
        abstract: "Khyber Pass kiosk: look citizens up, issue and verify their Khyber Pass, offline.",
        discussion: """
        Every command works on one data folder, where the registry database, the pass signer key and the \
        trust list live: --data DIR, else $KHYBER_DATA, else the config's data_folder (for the commands that \
        read a config), else ./.kiosk-data.

        Start with:  khyber-kiosk seed --citizens 20000
        Then:        khyber-kiosk pass show --cnic 17301-1234567-1
        """,
        subcommands: [
            RunCommand.self, SeedCommand.self, PassCommand.self, LookupCommand.self, ApplicationsCommand.self, SyncCommand.self,
            ServicesCommand.self, OperatorPasswordCommand.self, ConfigCheckCommand.self, KioskTrustCommand.self, EnrolCommand.self,
            KioskOperatorsCommand.self,
            AuditCommand.self, BundleCommand.self, StringsCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )

    /// ArgumentParser's own `main()` would run a synchronous subcommand (`run`, the full-screen kiosk) on a
    /// thread of Swift's cooperative pool, which it would then hold for the kiosk's whole life. This one runs
    /// it on the main thread, as before; asynchronous subcommands run as ArgumentParser runs them.
    /// Data files are private whatever the umask this was started with (`PrivateFiles`).
    @MainActor
    static func main() async {
        PrivateFiles.restrictUmask()
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
