import Foundation
import TestScheduling
import Testing

/// Issue 13's operator screens in a real terminal: a field-camp desk, offline, exports its work onto a
/// "stick" (a real folder), the real central imports it and writes a receipt and the changes, and the desk
/// imports them from the stick. A missing stick, a tampered file and another kiosk's file are said plainly.
@Suite("Desk Export/Import to USB end to end (tmux, a real central)", .serialized, .offCooperativePool)
struct DeskUSBEndToEndTests {
    @Test func aFieldCampDeskCarriesItsWorkByUSB() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let stick = root.appendingPathComponent("stick")
        let central = try DemoCentral(folder: root.appendingPathComponent("central"))
        defer { central.stop() }
        let desk = try DemoKiosk(id: "KP-PSH-DESK-01", config: "operator-desk.yaml", in: root, extraConfig: "usb_folder: \(stick.path)\n")
        try central.prepare([desk])
        try central.start()
        try central.enrolAndApprove(desk)
        let key = try central.publishWithFieldBundleKeys()
        let sync = try desk.sync(central.url)
        #expect(sync.stdout.contains("verified and stored"), "\(sync.stdout)\(sync.stderr)")
        central.stop()

        // Offline: the operator signs in (a bundle-listed account) and checks Irfan's card.
        let a = try desk.tmux(nil)
        try a.waitFor(text: "Operator sign-in", timeout: 20)
        try a.signInAtDesk()
        try a.openRecordAtDesk(cnic: TmuxSession.irfan.cnic, formatted: "17301-1234567-1")
        try a.type("11")
        try a.waitFor(text: "Card checked and recorded.")
        try a.leaveRecordForMenu()

        // Export: the folder comes from usb_folder; the stick is not in yet.
        try a.type("3")
        try a.waitFor(text: String(stick.path.suffix(30)) + "_")
        try a.press("Enter")
        try a.waitFor(text: "Nothing was exported: there is no folder")
        try FileManager.default.createDirectory(at: stick, withIntermediateDirectories: true)
        try a.press("Enter")
        try a.waitFor(text: "Type the folder")
        try a.press("Enter")
        let exported = try a.waitForSettled(text: "Operations exported: ", timeout: 20)
        let count = try #require(Self.number(after: "Operations exported: ", on: exported), "\(exported.joined(separator: "\n"))")
        #expect(count >= 2, "the sign-in and the card check at least: \(count)")
        #expect(exported.contains { $0.contains("KPPSHDESK01-operations-000001.kfb") && $0.contains("export no. 1") }, "\(exported.joined(separator: "\n"))")
        let bundle = stick.appendingPathComponent("KPPSHDESK01-operations-000001.kfb")
        #expect(FileManager.default.fileExists(atPath: bundle.path))

        // The central takes it in (a receipt beside it), and writes the kiosk's changes onto the stick.
        let imported = try central.command(["bundle", "import", bundle.path, "--key", key.path, "--receipts", stick.path])
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        let changes = try central.command(["bundle", "export", "--kiosk", "KPPSHDESK01", "--to", stick.path, "--key", key.path])
        #expect(changes.status == 0, "\(changes.stdout)\(changes.stderr)")
        let audit = try central.command(["audit", "list", "--cnic", "17301-1234567-1"])
        #expect(audit.stdout.contains("card.checked") && audit.stdout.contains("OP-0001"), "\(audit.stdout)")
        // A tampered copy under this kiosk's name, and another kiosk's file.
        let receiptName = try #require(try FileManager.default.contentsOfDirectory(atPath: stick.path).first { $0.contains("-receipt-") })
        var tampered = try Data(contentsOf: stick.appendingPathComponent(receiptName))
        tampered[tampered.count / 2] ^= 0x5A
        try tampered.write(to: stick.appendingPathComponent("KPPSHDESK01-receipt-000099.kfb"))
        try Data("not mine".utf8).write(to: stick.appendingPathComponent("KPMRD002-receipt-000001.kfb"))

        // Import at the desk: the receipt acknowledges everything, the changes go in, the tampered copy is refused.
        try a.press("Escape")
        try a.waitFor(text: "Operator desk")
        try a.type("4")
        try a.waitFor(text: "Import from USB")
        try a.press("Enter")
        let report = try a.waitForSettled(text: "left alone", timeout: 20)
        let text = report.joined(separator: "\n")
        #expect(text.contains("\(receiptName): receipt for export no. 1: \(count) accepted"), "\(text)")
        #expect(text.contains("KPPSHDESK01-changes-") && text.contains("applied 0 statuses"), "\(text)")
        #expect(text.contains("KPPSHDESK01-receipt-000099.kfb: refused:"), "\(text)")
        #expect(text.contains("No bundle") == false && text.contains("kiosks' files): 2."), "its own export and another kiosk's file: \(text)")

        // A second export holds only what came after the receipt: the export's and import's own audit entries.
        try a.press("Escape")
        try a.waitFor(text: "Operator desk")
        try a.type("3")
        try a.waitFor(text: "Folder on the stick")
        try a.press("Enter")
        let again = try a.waitForSettled(text: "export no. 2", timeout: 20)
        let second = try #require(Self.number(after: "Operations exported: ", on: again))
        #expect(second >= 1 && second < count + 2, "only the new entries: \(second) after \(count)")
    }

    /// The number right after `prefix` on the screen (`Operations exported: 12` → 12).
    static func number(after prefix: String, on screen: [String]) -> Int? {
        for line in screen {
            guard let range = line.range(of: prefix) else { continue }
            if let value = Int(line[range.upperBound...].prefix { $0.isNumber }) { return value }
        }
        return nil
    }
}
