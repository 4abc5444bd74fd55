import ArgumentParser
import CentralStore
import CommandLineSupport
import Foundation
import OperatorAccounts
import ProvincialTrust

/// `operators`: operator accounts — add one (a first-time code is printed once), list them, disable one, and
/// (for the demo and for an admin at the central) set a password from a file.
struct OperatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operators",
        abstract: "Operator accounts: add (prints a first-time code once), list, disable, set-password (admin).",
        discussion: """
        An account is created here and reaches the kiosks of its centre in the next trust bundle
        (`trust draft` → `trust sign` → `trust publish`). `add` prints a first-time sign-in code ONCE: only its
        slow salted verifier is stored. At the first sign-in the operator replaces it with a password; the kiosk
        sends the new verifier (never the password) to the central, and the next bundle carries it to the other
        kiosks of the centre. `disable` takes effect at the next bundle.
        """,
        subcommands: [Add.self, List.self, Disable.self, SetPassword.self]
    )

    /// `operators add`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Create an account and print its first-time code (shown once).")
        @Option(help: "The operator id: 2–32 capital letters, digits and dashes, starting with a letter (OP-0042).") var id: String
        @Option(help: "The operator's name, as the counter shows it.") var name: String
        @Option(help: "operator or supervisor.") var role: String
        @Option(help: "The facilitation centre: the same words as its kiosks' centre (devices list).") var centre: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let code = OneTimeCode.make()
            let now = Date()
            let credential: OperatorCredential
            do {
                credential = try OperatorCredential.make(secret: code, kind: .oneTimeCode, version: 1, setAt: now, setBy: "central")
            } catch { throw CLIError("cannot hash the first-time code: \(error)") }
            let record = OperatorRecord(
                id: OperatorIDCheck.canonical(id), name: name, role: role.lowercased(), centre: centre, status: BundleOperator.activeStatus,
                credential: credential.bundleForm, createdAtMillis: Self.millis(now), updatedAtMillis: Self.millis(now))
            try await database.withStorage { storage in try await storage.addOperator(record) }
            print(Output.safe("Operator \(record.id) (\(record.name), \(record.role), centre \(record.centre)) added."))
            print("First-time sign-in code (shown only now; give it to the operator in person): \(code)")
            print("The account reaches the centre's kiosks with the next trust bundle: trust draft, sign, publish.")
        }

        static func millis(_ instant: Date) -> Int64 { Int64((instant.timeIntervalSince1970 * 1000).rounded(.down)) }
    }

    /// `operators list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every operator account (never a verifier).")
        @OptionGroup var database: DatabaseOptions
        @Flag(help: "JSON for machines (without verifiers).") var json = false

        /// What `list` shows of an account.
        struct Entry: Encodable {
            let id, name, role, centre, status, credential: String
            let credentialVersion: Int64
            let credentialSetBy: String
        }

        func run() async throws {
            let accounts = try await database.withStorage { storage in try await storage.operatorAccounts() }
            let entries = accounts.map { account in
                Entry(
                    id: account.id, name: account.name, role: account.role, centre: account.centre, status: account.status,
                    credential: account.credential.kind, credentialVersion: account.credential.version, credentialSetBy: account.credential.setBy)
            }
            if json {
                print(try Output.json(entries))
            } else if entries.isEmpty {
                print("No operator accounts yet (operators add).")
            } else {
                let rows = entries.map { [$0.id, $0.name, $0.role, $0.centre, $0.status, "\($0.credential) v\($0.credentialVersion)", $0.credentialSetBy] }
                for line in TextTable.lines(header: ["ID", "NAME", "ROLE", "CENTRE", "STATUS", "CREDENTIAL", "SET BY"], rows: rows) {
                    print(Output.safe(line))
                }
            }
        }
    }

    /// `operators disable`.
    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "disable", abstract: "Disable an account (kiosks refuse it from the next bundle).")
        @Option(help: "The operator id.") var id: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let id = OperatorIDCheck.canonical(self.id)
            guard OperatorIDCheck.isValid(id) else { throw ValidationError("--id must be an operator id like OP-0042") }
            let record = try await database.withStorage { storage in
                try await storage.setOperatorStatus(id: id, status: BundleOperator.disabledStatus, at: Date())
            }
            print(Output.safe("Operator \(record.id) disabled. Kiosks refuse the account once the next trust bundle is published."))
        }
    }

    /// `operators set-password`: an admin sets a password from a file (the demo's known accounts).
    struct SetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-password",
            abstract: "ADMIN/DEMO: set an operator's password from a file (first line), instead of the first-time code.",
            discussion: """
            Meant for the demo (`make run` gives its operator and supervisor known passwords) and for an admin
            recovering an account. In production prefer a new first-time code: an admin who knows a password
            can sign in as that operator. The password is read from the file, hashed, and only the verifier is stored.
            """
        )
        @Option(help: "The operator id.") var id: String
        @Option(help: ArgumentHelp("A file whose first line is the new password (10 to 128 characters).", valueName: "file")) var passwordFile: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let id = OperatorIDCheck.canonical(self.id)
            guard OperatorIDCheck.isValid(id) else { throw ValidationError("--id must be an operator id like OP-0042") }
            let text: String
            do { text = try String(contentsOfFile: passwordFile, encoding: .utf8) } catch { throw CLIError("cannot read \(passwordFile): \(error)") }
            let password = String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
            if let problem = OperatorPasswordRule.problem(password, operatorID: id, current: "") { throw CLIError("the password is refused: \(problem)") }
            let now = Date()
            try await database.withStorage { storage in
                guard let account = try await storage.operatorAccount(id: id) else { throw CLIError("no operator \(id)") }
                let credential = try OperatorCredential.make(
                    secret: password, kind: .password, version: account.credential.version + 1, setAt: now, setBy: "central")
                _ = try await storage.replaceOperatorCredential(id: id, credential: credential.bundleForm, at: now)
            }
            print(Output.safe("Operator \(id)'s password set (verifier stored). Kiosks accept it once the next trust bundle is published."))
        }
    }
}
