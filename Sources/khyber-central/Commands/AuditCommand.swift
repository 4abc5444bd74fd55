import ArgumentParser
import AuditTrail
import CentralStore
import CommandLineSupport
import Crypto
import Foundation
import TextSafety

/// `audit`: the kiosks' audit trails as the central received them.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the kiosks' audit trails and see who touched a citizen's account.",
        subcommands: [AuditVerifyCommand.self, AuditListCommand.self]
    )
}

/// `audit verify [--kiosk ID]`: each kiosk's chain, walked with its enrolled device key, and the forks
/// recorded on arrival; the first break per kiosk.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check each kiosk's audit chain as received: in order, unchanged, signed by its device key, not forked.",
        discussion: """
        Prints one line per kiosk: intact with its entry count, or the FIRST break (an entry missing, \
        changed, moved, written after another entry than the one stored, or a forked chain: two genuine \
        entries claiming one predecessor, recorded when the second arrived). Exit 0 when every chain is \
        whole, 1 otherwise.
        """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Only this kiosk.") var kiosk: String?

    func run() async throws {
        let wanted = kiosk.map { String($0.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }) }
        let lines = try await database.withStorage { storage -> [(String, Bool)] in
            let kiosks: [String]
            if let wanted { kiosks = [wanted] } else { kiosks = try await storage.auditKiosks() }
            var lines: [(String, Bool)] = []
            for kioskID in kiosks {
                lines.append(try await Self.verify(kioskID, storage: storage))
            }
            return lines
        }
        if lines.isEmpty { print("No audit entries received yet.") }
        for (line, _) in lines { print(TextSanitizer.forTerminal(line)) }
        if lines.contains(where: { !$0.1 }) { throw ExitCode(1) }
    }

    /// One kiosk's line and whether its chain is whole.
    static func verify(_ kioskID: String, storage: any CentralStorage) async throws -> (String, Bool) {
        guard let device = try await storage.device(kioskID: kioskID), let raw = Data(base64Encoded: device.devicePublicKey),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
            return ("\(kioskID): no device key at the central, so its entries cannot be checked", false)
        }
        var verifier = AuditChainVerifier(kioskID: kioskID, publicKey: key)
        var after: Int64 = 0
        var count = 0
        pages: while true {
            let page = try await storage.auditEntries(kioskID: kioskID, after: after, limit: 5_000)
            if page.isEmpty { break }
            for entry in page {
                count += 1
                if verifier.check(entry) != nil { break pages }
            }
            after = page.last?.index ?? after
        }
        let fork = try await storage.auditProblems(kioskID: kioskID).map(\.chainBreak).min { $0.index < $1.index }
        let chainBreak = verifier.finish()
        // At one place, what the arrival checks saw (changed, forked) names it better than the gap it left.
        let first = [fork, chainBreak].compactMap { $0 }.min { $0.index < $1.index }
        if let first { return ("\(kioskID): NOT intact: \(first.description)", false) }
        return ("\(kioskID): intact, \(count) entries", true)
    }
}

/// `audit list --cnic C`: who touched this citizen's account, when, where.
struct AuditListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Who touched a citizen's account, when and where (newest first).",
        discussion: """
        Entries name citizens masked only; the central finds them by a keyed hash of the CNIC it files beside \
        each entry (docs/audit-trail.md). --json prints kioskID, index, at (ISO 8601, UTC), action, operatorID, \
        coSignerID, citizen (masked), detail and receivedAt.
        """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The citizen's CNIC, with or without dashes.") var cnic: String
    @Option(help: "At most this many entries (default 100).") var limit = 100
    @Flag(help: "JSON for machines.") var json = false

    struct Entry: Encodable {
        let kioskID: String
        let index: Int64
        let at: String
        let action: String
        let operatorID: String?
        let coSignerID: String?
        let citizen: String?
        let detail: [String: String]
        let receivedAt: String
    }

    func validate() throws {
        if !(1...1_000_000).contains(limit) { throw ValidationError("--limit must be between 1 and 1,000,000") }
    }

    func run() async throws {
        let found = try await database.withStorage { storage in try await storage.auditEntries(cnic: cnic, limit: limit) }
        if json {
            print(try Output.json(found.map {
                Entry(
                    kioskID: $0.entry.kioskID, index: $0.entry.index, at: TimeWords.iso(millis: $0.entry.atMillis), action: $0.entry.action,
                    operatorID: $0.entry.operatorID, coSignerID: $0.entry.coSignerID, citizen: $0.entry.citizen, detail: $0.entry.detail,
                    receivedAt: TimeWords.iso(millis: $0.receivedAtMillis)
                )
            }))
            return
        }
        if found.isEmpty {
            print("No audit entries name this citizen.")
            return
        }
        let rows = found.map { item -> [String] in
            let entry = item.entry
            let who = [entry.operatorID, entry.coSignerID.map { "co-signed " + $0 }].compactMap { $0 }.joined(separator: ", ")
            let detail = entry.detail.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            return [TimeWords.pakistanTime(millis: entry.atMillis), entry.kioskID, entry.action, who.isEmpty ? "—" : who, detail]
                .map(TextSanitizer.forTerminal)
        }
        for line in TextTable.lines(header: ["WHEN (PKT)", "KIOSK", "ACTION", "WHO", "DETAIL"], rows: rows) { print(line) }
    }
}
