import CommandLineSupport
import ArgumentParser

/// `khyber-central`: the province's central store for Khyber Pass kiosks, and its back-office tools.
@main
struct KhyberCentral: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khyber-central",
        abstract: "Khyber Pass central store: receives kiosks' applications, sends them status changes, registry records and the trust list.",
        discussion: """
        Every command works on one central database, given with --db (default: sqlite:central.sqlite):
          sqlite:PATH                             one SQLite file
          postgres://USER:PASSWORD@HOST:PORT/DB   PostgreSQL, which servers may share

        Run the server:
          khyber-central serve --db sqlite:central.sqlite --port 8080
        Once it listens it prints one line on stdout:
          khyber-central listening on http://HOST:PORT storage=sqlite
        and it stops cleanly on SIGTERM or Ctrl-C. Kiosks use GET /health, POST /v1/push and POST /v1/pull; \
        Prometheus scrapes GET /metrics.

        The back office:
          applications list      newest first (CNICs masked; --json has them in full)
          applications advance   move one to its next status
          kiosks                 what each kiosk sent, its gaps and lag
          devices                enrolled kiosks: list, approve, revoke
          operators              operator accounts: add (first-time code), list, disable
          conflicts              operations refused for reusing an id
          registry import        add or change registry records
          trust                  the signed trust bundle: root, issuers, revocations, draft → sign → publish
        `khyber-central help COMMAND` tells more of each.

        Every error is one line on stderr and a non-zero exit code.
        """,
        subcommands: [
            ServeCommand.self, ApplicationsCommand.self, KiosksCommand.self, ConflictsCommand.self, RegistryCommand.self,
            TrustCommand.self, DevicesCommand.self, OperatorsCommand.self,
        ]
    )

    /// Data files are private whatever the umask this was started with (`PrivateFiles`).
    static func main() async {
        PrivateFiles.restrictUmask()
        await main(nil)
    }
}
