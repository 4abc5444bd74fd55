import CentralStore
import Foundation
import ProvincialTrust
import TestScheduling
import Testing

/// Operator accounts on both backends: added once, hostile fields refused with words, disabled, and a verifier
/// replaced only by a newer one.
@Suite("Operators: accounts and their verifiers", .offCooperativePool)
struct OperatorStorageTests {
    static let setAt = Date(timeIntervalSince1970: 1_796_000_000)

    static func credential(version: Int64, at instant: Date = setAt, kind: String = "one-time-code", setBy: String = "central") -> BundleOperatorCredential {
        BundleOperatorCredential(
            kind: kind, hash: Data(repeating: UInt8(version), count: 32).base64EncodedString(), salt: Data(repeating: 9, count: 16).base64EncodedString(),
            costLog2: 14, version: version, setAt: instant, setBy: setBy)
    }

    static func record(_ id: String = "OP-0042", name: String = "Amina Khan", role: String = "operator", centre: String = "Peshawar FC") -> OperatorRecord {
        OperatorRecord(
            id: id, name: name, role: role, centre: centre, status: "active", credential: credential(version: 1), createdAtMillis: 1, updatedAtMillis: 1)
    }

    @Test(arguments: Backend.allCases)
    func anAccountIsAddedOnceDisabledAndItsVerifierOnlyReplacedByANewerOne(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            try await storage.addOperator(Self.record())
            try await storage.addOperator(Self.record("SV-0001", name: "Bilal Afridi", role: "supervisor"))
            await #expect(throws: CentralStorageError.self) { try await storage.addOperator(Self.record(name: "Someone Else")) }
            #expect(try await storage.operatorAccounts().map(\.id) == ["OP-0042", "SV-0001"])
            #expect(try await storage.operatorAccount(id: "OP-0042") == Self.record())

            let disabled = try await storage.setOperatorStatus(id: "OP-0042", status: "disabled", at: Date())
            #expect(disabled.status == "disabled" && disabled.bundleForm.status == "disabled")
            await #expect(throws: CentralStorageError.self) { try await storage.setOperatorStatus(id: "OP-0042", status: "gone", at: Date()) }
            await #expect(throws: CentralStorageError.self) { try await storage.setOperatorStatus(id: "OP-9999", status: "disabled", at: Date()) }

            let newer = Self.credential(version: 2, kind: "password", setBy: "kiosk:KPPSH001")
            #expect(try await storage.replaceOperatorCredential(id: "SV-0001", credential: newer, at: Date()).credential == newer)
            await #expect(throws: CentralStorageError.self) {
                try await storage.replaceOperatorCredential(id: "SV-0001", credential: Self.credential(version: 2, at: Self.setAt.addingTimeInterval(-5)), at: Date())
            }
            #expect(try await storage.operatorAccount(id: "SV-0001")?.credential == newer)
        }
    }

    @Test(arguments: Backend.allCases)
    func hostileFieldsAreRefusedWithWords(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            var bad: [OperatorRecord] = [
                Self.record("op 42"), Self.record("OP-0042\n"), Self.record("4-OP"), Self.record(name: "Amina\u{1b}[2J"), Self.record(name: " Amina"),
                Self.record(name: ""), Self.record(centre: "Peshawar\u{202E}CF"), Self.record(role: "admin"), Self.record(name: String(repeating: "a", count: 121)),
            ]
            var credential = Self.record()
            credential.credential.hash = "AAAA"
            bad.append(credential)
            credential = Self.record()
            credential.credential.costLog2 = 31
            bad.append(credential)
            credential = Self.record()
            credential.credential.setBy = "kiosk:bad id"
            bad.append(credential)
            for record in bad {
                await #expect(throws: CentralStorageError.self) { try await storage.addOperator(record) }
            }
            let stored = try await storage.operatorAccounts()
            #expect(stored.isEmpty, "nothing half-written")
        }
    }
}
