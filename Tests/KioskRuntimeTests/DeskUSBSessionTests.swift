import Crypto
import Foundation
import KioskApp
import KioskStore
import KioskSync
import TestScheduling
import Testing

/// Export/Import to USB through the real loop and runner, with real folders: what the operator reads when the
/// kiosk cannot make bundles, the stick is missing or is a file, or the kiosk holds no trust bundle yet; nothing
/// is written then, and a finished import is an audit entry. (The full round trip through a real central is
/// `DeskUSBEndToEndTests`.)
@Suite(.cpuBound) struct DeskUSBSessionTests {
    static func desk(fieldBundles: Bool, folder: String) throws -> SessionHarness {
        try SessionHarness(adjust: { environment in
            guard fieldBundles else { return }
            // The harness's own data folder (removed with it).
            let kioskFolder = environment.registry.url.deletingLastPathComponent()
            environment.fieldBundles = FieldBundleKiosk(
                registry: environment.registry, kioskID: "KPPSH001", deviceKey: Curve25519.Signing.PrivateKey(), folder: kioskFolder,
                pinnedRoot: Curve25519.Signing.PrivateKey().publicKey, districts: [173])
        }, prepare: { state in
            state.settings.opensOnOperatorSignIn = true
            state.settings.usbFolder = folder
            state.operatorSession = OperatorSession(signedIn: DeskSessionTests.clerk, since: SessionHarness.start)
            state.screen = .desk(.menu(DeskMenuScreen()))
        })
    }

    /// The screen's words with every run of spaces and line ends as one space (a long reason wraps).
    static func flat(_ kiosk: SessionHarness) -> String { kiosk.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func withoutADeviceKeyTheScreenSaysWhy() async throws {
        let kiosk = try Self.desk(fieldBundles: false, folder: "/tmp")
        await kiosk.type("3\n")
        #expect(Self.flat(kiosk).contains("Nothing was exported: USB bundles need this kiosk enrolled"), "\(kiosk.text)")
        #expect(try kiosk.registry.auditEntries().allSatisfy { $0.action != "field-bundle.exported" })
    }

    @Test func aMissingStickAFileAndNoTrustBundleAreSaidPlainly() async throws {
        let stick = FileManager.default.temporaryDirectory.appendingPathComponent("desk-stick-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: stick) }
        let kiosk = try Self.desk(fieldBundles: true, folder: stick.path)
        await kiosk.type("3\n")
        #expect(Self.flat(kiosk).contains("there is no folder"), "\(kiosk.text)")
        #expect(Self.flat(kiosk).contains("is the USB stick plugged in"), "\(kiosk.text)")

        try Data("not a folder".utf8).write(to: stick)
        await kiosk.type("\n\n")
        #expect(Self.flat(kiosk).contains("is a file, not a folder"), "\(kiosk.text)")

        try FileManager.default.removeItem(at: stick)
        try FileManager.default.createDirectory(at: stick, withIntermediateDirectories: true)
        await kiosk.type("\n\n")
        #expect(Self.flat(kiosk).contains("this kiosk holds no trust bundle yet"), "\(kiosk.text)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: stick.path).isEmpty, "nothing written")
        #expect(try kiosk.registry.auditEntries().allSatisfy { $0.action != "field-bundle.exported" }, "no export, no entry")

        // Import from an empty stick: said so, and recorded.
        await kiosk.press(.escape)
        await kiosk.type("4\n")
        #expect(Self.flat(kiosk).contains("No bundle from the central for this kiosk"), "\(kiosk.text)")
        let entry = try #require(try kiosk.registry.auditEntries().last)
        #expect(entry.action == "field-bundle.imported" && entry.operatorID == "OP-0042" && entry.detail["files"] == "0", "\(entry)")
    }
}
