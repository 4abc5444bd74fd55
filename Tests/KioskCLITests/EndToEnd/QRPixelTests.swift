import ChildProcesses
import Foundation
import QRCode
import TestScheduling
import Testing

/// The pass QR the way a phone sees it: the real kiosk in tmux, a real terminal emulator (xterm under
/// Xvfb, DejaVu Sans Mono) attached to it at font sizes 10 to 20 on a dark and a light theme, a
/// screenshot of the X screen, and three independent decoders (zbarimg, zxing-cpp, OpenCV) that must
/// each read the exact pass text. Only a real terminal's pixels show whether a font's glyphs that stop
/// short of their cell stripe the code; `capture-pane` cannot.
@Suite("QR in a real terminal's pixels (xterm under Xvfb)", .serialized, .offCooperativePool)
final class QRPixelTests {
    static let fontSizes = [10, 12, 14, 16, 18, 20]
    static let themes: [(name: String, foreground: String, background: String)] = [
        ("dark", "white", "black"), ("light", "black", "white"),
    ]
    let folder: URL

    init() throws { folder = try CLIRunner.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(at: folder) }

    // Xvfb and xterm are started with ChildProcess (posix_spawn, clean signal state): started with Foundation's
    // Process they inherited the test runner's blocked signals and the first screenshot never came back.
    @Test(.timeLimit(.minutes(2)))
    func everyFontSizeAndThemeScansWithThreeDecoders() throws {
        let data = folder.appendingPathComponent("data")
        let seeded = try CLIRunner.run(["seed", "--citizens", "20", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
        let session = try TmuxSession.kiosk(data: data)
        try session.setGlobalOption("status", "off")
        try session.signIn(TmuxSession.irfan)
        try session.type("1")
        try session.waitFor(text: "Valid until")
        let passText = try passOnScreen(session)
        let verdict = try CLIRunner.run(["pass", "verify", passText, "--data", data.path])
        try #require(verdict.status == 0, "the pass on screen must verify: \(verdict.stdout)")

        let display = try XvfbDisplay()
        // The first xterm on a fresh display loads its fonts cold and may draw after the screenshots: one
        // warm-up look, not counted, before the twelve that are.
        _ = try look(at: session, on: display, size: Self.fontSizes[0], theme: Self.themes[0], expecting: passText)
        var failures: [String] = []
        for theme in Self.themes {
            for size in Self.fontSizes {
                let reading = try look(at: session, on: display, size: size, theme: theme, expecting: passText)
                if !reading.allRead(passText) {
                    failures.append("DejaVu Sans Mono \(size), \(theme.name): \(reading) — screenshot \(reading.png.path)")
                }
            }
        }
        #expect(failures.isEmpty, "decoders that did not read the exact pass text:\n\(failures.joined(separator: "\n"))")
        if failures.isEmpty { try? FileManager.default.removeItem(at: folder) }
    }

    /// What each decoder read from one screenshot.
    struct Reading: CustomStringConvertible {
        var zbar: String
        var zxing: [String]
        var opencv: String
        var png: URL

        func allRead(_ text: String) -> Bool { zbar == text && zxing == [text] && opencv == text }

        var description: String {
            "zbar \(zbar.isEmpty ? "nothing" : "“\(zbar.prefix(12))…”"), zxing \(zxing.count) code(s), opencv \(opencv.isEmpty ? "nothing" : "“\(opencv.prefix(12))…”")"
        }
    }

    /// Attaches an xterm to the kiosk's session and screenshots it until all three decoders read the
    /// text or ten seconds have passed (the xterm draws a moment after it starts; the first one, with a cold font cache, takes longest); the last reading.
    func look(at session: TmuxSession, on display: XvfbDisplay, size: Int, theme: (name: String, foreground: String, background: String),
              expecting text: String) throws -> Reading {
        let xterm = try display.launch([
            "/usr/bin/xterm", "-fa", "DejaVu Sans Mono", "-fs", "\(size)", "-fg", theme.foreground, "-bg", theme.background,
            "-tn", "xterm-256color", "+sb", "-bw", "0", "-geometry", "80x24+0+0", "-e",
        ] + session.attachCommand)
        defer {
            _ = xterm.stop(SIGTERM)
        }
        let name = "dejavu-\(size)-\(theme.name)"
        let shot = folder.appendingPathComponent("\(name).xwd"), png = folder.appendingPathComponent("\(name).png")
        let deadline = Date().addingTimeInterval(10)
        Thread.sleep(forTimeInterval: 0.6)
        var reading: Reading
        repeat {
            try display.screenshot(to: shot)
            reading = try decode(shot, png: png)
            if reading.allRead(text) { break }
            Thread.sleep(forTimeInterval: 0.3)
        } while Date() < deadline
        return reading
    }

    /// zxing-cpp and OpenCV through scripts/qr-pixels.py (which also writes the PNG), then zbarimg on the PNG.
    func decode(_ shot: URL, png: URL) throws -> Reading {
        let script = CLIRunner.repository.appendingPathComponent("scripts/qr-pixels.py").path
        let python = try CLIRunner.tool("/usr/bin/env", ["python3", script, shot.path, png.path])
        try #require(python.status == 0, "qr-pixels.py failed (make test installs Pillow, zxing-cpp, opencv): \(python.stderr)")
        struct Decoded: Decodable { let zxing: [String]; let opencv: String }
        let decoded = try JSONDecoder().decode(Decoded.self, from: Data(python.stdout.utf8))
        let zbar = try CLIRunner.tool("/usr/bin/zbarimg", ["--raw", "-q", png.path])
        return Reading(zbar: zbar.stdout.trimmingCharacters(in: .newlines), zxing: decoded.zxing, opencv: decoded.opencv, png: png)
    }

    /// The pass text the kiosk drew, read from tmux's own cells (glyphs and colours) and scanned by zbarimg.
    func passOnScreen(_ session: TmuxSession) throws -> String {
        let captured = CapturedScreen(lines: try session.stableColouredScreen())
        let region = try #require(captured.blackAndWhiteRegion, "no black-and-white panel on screen")
        let cells = captured.qrCells(top: region.top, left: region.left, bottom: region.bottom, right: region.right)
        let matrix = try HalfBlockParser.parse(cells: cells).matrix
        let image = folder.appendingPathComponent("cells.pgm")
        try Data(QRImage.pgm(matrix, scale: 4)).write(to: image)
        let scanned = try CLIRunner.tool("/usr/bin/zbarimg", ["--raw", "-q", image.path])
        try #require(scanned.status == 0, "zbarimg could not read the code in tmux's cells")
        return scanned.stdout.trimmingCharacters(in: .newlines)
    }
}
