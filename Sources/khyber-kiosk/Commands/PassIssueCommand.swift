import ArgumentParser
import CommandLineSupport
import Foundation
import IdentityCore
import KioskRuntime

/// `pass issue --cnic C`: prints the citizen's Khyber Pass text.
struct PassIssueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Print a citizen's Khyber Pass text (issuing one when they hold no valid pass).",
        discussion: """
        The text is 122 characters: KP: then Base45. A citizen who already holds a valid pass gets the same \
        text again; --reissue cancels that pass (its serial is revoked) and issues a new one.
        """
    )

    @Option(help: "The citizen's CNIC, with or without dashes.")
    var cnic: String

    @Flag(help: "Revoke the citizen's current pass and issue a new one.")
    var reissue = false

    @OptionGroup var dataOptions: DataOptions

    func run() async throws {
        let folder = dataOptions.folder
        let record = try PassLookup(folder: folder).pass(for: try parseCNIC(cnic), reissue: reissue)
        print(record.text)
    }
}

/// The shared path of `pass issue` and `pass show`: open the folder, find the citizen, get their pass.
struct PassLookup {
    let folder: DataFolder

    func pass(for cnic: CNIC, reissue: Bool = false) throws -> (text: String, citizen: Citizen, record: PassRecordSummary) {
        let registry = try folder.openRegistry()
        guard let citizen = try registry.citizen(cnic) else {
            throw CLIError("no citizen with CNIC \(cnic.masked) in the registry in \(folder.url.path)")
        }
        let signer = try folder.signer()
        let record = try PassDesk(registry: registry, signer: signer)
            .currentPass(for: cnic, now: Date(), trustList: try folder.verificationTrustList(registry: registry), reissue: reissue)
        return (record.text, citizen, PassRecordSummary(serial: record.serial, expiresOn: record.expiresOn))
    }
}

/// What `pass show` prints beside the code.
struct PassRecordSummary {
    let serial: Int64
    let expiresOn: CalendarDate
}
