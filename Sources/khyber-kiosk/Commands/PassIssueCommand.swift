import ArgumentParser
import AuditTrail
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

    @Option(name: .customLong("kiosk-id"), help: "This kiosk's id, whose issuer key signs under a pinned trust root (default KP-DEMO-001).")
    var kioskID: String?

    func run() async throws {
        let folder = dataOptions.folder
        let record = try PassLookup(folder: folder, kioskID: kioskID ?? KioskConfiguration().kioskID).pass(for: try parseCNIC(cnic), reissue: reissue)
        print(record.text)
    }
}

/// The shared path of `pass issue` and `pass show`: open the folder, find the citizen, get their pass.
struct PassLookup {
    let folder: DataFolder
    /// The kiosk whose issuer key signs, under a pinned trust root.
    var kioskID = KioskConfiguration().kioskID

    func pass(for cnic: CNIC, reissue: Bool = false) throws -> (text: String, citizen: Citizen, record: PassRecordSummary) {
        let registry = try folder.openRegistry()
        guard let citizen = try registry.citizen(cnic) else {
            throw CLIError("no citizen with CNIC \(cnic.masked) in the registry in \(folder.url.path)")
        }
        let now = Date()
        let signer: any PassSigning
        let trustList: TrustList
        if let setting = try folder.provincialTrust(configuredRoot: nil, kioskID: kioskID) {
            do { signer = try registry.bundlePassSigner(setting, now: now) } catch { throw CLIError("no pass issued: \(error)") }
            trustList = try registry.bundleTrust(setting, now: now).trustList
        } else {
            signer = try folder.signer()
            trustList = try folder.verificationTrustList(registry: registry)
        }
        let desk = PassDesk(registry: registry, signer: signer)
        // An enrolled kiosk revokes through its audit trail, so the revocation travels to the central as a
        // `pass.revoked` operation; a kiosk without a device key (never synced) revokes locally.
        if reissue, KioskIdentity.attachAuditSigner(to: registry, folder: folder, kioskID: kioskID),
           let latest = try registry.latestPass(for: cnic), latest.revokedAt == nil {
            let audit = AuditEvent(action: .passRevoked, cnic: cnic, detail: ["serial": String(latest.serial), "reason": "reissued", "by": "command line"])
            try desk.revoke(latest, audit: audit, trust: trustList, now: now)
        }
        let record = try desk.currentPass(for: cnic, now: now, trustList: trustList, reissue: reissue && registry.auditSigner == nil)
        return (record.text, citizen, PassRecordSummary(serial: record.serial, expiresOn: record.expiresOn))
    }
}

/// What `pass show` prints beside the code.
struct PassRecordSummary {
    let serial: Int64
    let expiresOn: CalendarDate
}
