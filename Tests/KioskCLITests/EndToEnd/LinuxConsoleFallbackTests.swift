import Foundation
import TestScheduling
import Testing

/// The Linux console (`TERM=linux`) has no Arabic script: a kiosk configured for Urdu shows Roman
/// Urdu there by itself, says so on Welcome, and keeps it through a session. The kiosk runs in tmux
/// with TERM=linux in its own environment (what it reads to decide), tmux still emulating a screen.
@Suite("Linux console fallback to Roman Urdu (tmux, TERM=linux)", .serialized, .offCooperativePool)
struct LinuxConsoleFallbackTests {
    @Test func anUrduKioskOnTheLinuxConsoleSpeaksRomanUrdu() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let seeded = try CLIRunner.run(["seed", "--citizens", "5", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
        // The walk-in kiosk's config with Urdu as the default language.
        let original = try String(contentsOf: CLIRunner.repository.appendingPathComponent("KioskConfig/walk-in-kiosk.yaml"), encoding: .utf8)
        let urdu = original.components(separatedBy: "\n").map { $0.hasPrefix("language:") ? "language: ur" : $0 }.joined(separator: "\n")
        try #require(urdu.contains("language: ur"))
        let config = folder.appendingPathComponent("urdu-kiosk.yaml")
        try urdu.write(to: config, atomically: true, encoding: .utf8)

        let session = try TmuxSession(width: 80, height: 24, command: [
            CLIRunner.binary.path, "run", "--config", config.path, "--data", data.path,
        ], environment: ["KHYBER_ASSETS": CLIRunner.repository.appendingPathComponent("Assets").path, "TERM": "linux"])
        let welcome = try session.waitForSettled(text: "Apna shanakhti card number likhein")
        let text = welcome.joined(separator: "\n")
        #expect(text.contains("Roman Urdu") && text.contains("English"), "the chooser offers English and Roman Urdu")
        #expect(text.contains("Urdu ya Pashto huroof nahin dikha sakti"), "and says why")
        #expect(!Self.hasArabicScript(text), "no Arabic script reaches the console")

        try session.type(TmuxSession.irfan.cnic)
        try session.press("Enter")
        try session.waitFor(text: "Apna 4 hindson ka PIN likhein")
        try session.type(TmuxSession.irfan.pin)
        try session.press("Enter")
        let home = try session.waitForSettled(text: "Aap kya karna chahenge?").joined(separator: "\n")
        #expect(home.contains("2   Kisi service ki darkhwast"), "the whole menu, entry 2 not cut")
        #expect(!Self.hasArabicScript(home), "the citizen's Urdu name is left out, not drawn in letters the console lacks")
        try session.type("2")
        let services = try session.waitForSettled(text: "Service chunein").joined(separator: "\n")
        #expect(services.contains("kaam ke din"), "processing times in Roman Urdu")
        #expect(!Self.hasArabicScript(services))
        // The service's own texts come in Roman Urdu too (the definitions' `ur-Latn`), not English.
        let domicileLine = services.split(separator: "\n").first { $0.contains("Domicile certificate") }
        let domicile = try #require(domicileLine?.split(separator: " ").first.map(String.init), "the list names it in Roman Urdu: \(services)")
        try session.type(domicile)
        let step = try session.waitForSettled(text: "Aap ki tafseelat").joined(separator: "\n")
        #expect(step.contains("Poora naam") && step.contains("Walid ka naam"), "field labels in Roman Urdu: \(step)")
        #expect(!step.contains("Full name") && !step.contains("Your details"), "\(step)")
        #expect(!Self.hasArabicScript(step))
        try session.press("Escape")
        try session.waitForSettled(text: "Yeh form chhorein?")
        try session.type("1")
        let left = try session.waitFor("the service list or Home") { screen in
            screen.contains { $0.contains("Service chunein") || $0.contains("Aap kya karna chahenge?") }
        }
        if left.contains(where: { $0.contains("Service chunein") }) { try session.press("Escape") }
        try session.waitFor(text: "Aap kya karna chahenge?")
        try session.type("0")
        try session.waitFor(text: "Apna shanakhti card number likhein")
    }

    /// Arabic letters or their presentation forms.
    static func hasArabicScript(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0xFB50...0xFEFF).contains($0.value) }
    }
}
