import BidiText
import ChildProcesses
import Foundation
import TestScheduling
import Testing

/// Every Arabic-script glyph the kiosk can send to a terminal — each Urdu and Pashto text of the string
/// catalogs, the service definitions and the district list, shaped as the kiosk shapes it — drawn by a
/// real xterm (DejaVu Sans Mono, with the fallback fonts `make test` installs) must put ink in its cell.
/// KacstQurn, the first fallback once used, has *empty* glyphs for the joined heh goal (ہ, U+FBA7–FBA9):
/// xterm drew nothing there, so ہے, ہیں, نہیں lost a letter (seen in a screenshot, 2 Dec). FreeMono
/// (fonts-freefont-ttf) draws them. A letter no installed font has would get xterm's box instead, which
/// has ink, so fontconfig is asked too: some installed font must cover every code point.
@Suite("Arabic glyphs in a real terminal's pixels (xterm under Xvfb)", .serialized, .offCooperativePool)
final class ArabicGlyphPixelTests {
    static let columns = 80, rows = 24
    /// Glyphs on a row: every other column from 2, so each has a blank cell on both sides.
    static let perRow = 38
    let folder: URL

    init() throws { folder = try CLIRunner.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Every string anywhere in a JSON document.
    static func strings(in value: Any) -> [String] {
        switch value {
        case let text as String: [text]
        case let list as [Any]: list.flatMap(strings(in:))
        case let object as [String: Any]: object.values.flatMap(strings(in:))
        default: []
        }
    }

    /// The distinct Arabic-script scalars the kiosk's shaped output holds, spacing ones only (marks ride on
    /// their letter's cell), in code-point order.
    static func shapedGlyphs() throws -> [Unicode.Scalar] {
        let assets = CLIRunner.repository.appendingPathComponent("Assets")
        var files = ["strings/ur.json", "strings/ps.json", "districts.json"].map { assets.appendingPathComponent($0) }
        files += try FileManager.default.contentsOfDirectory(at: assets.appendingPathComponent("services"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        var glyphs = Set<Unicode.Scalar>()
        for file in files {
            let document = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
            for text in strings(in: document) where BidiText.hasRightToLeftLetter(text) {
                for scalar in BidiText.visual(text, direction: .rightToLeft).unicodeScalars where isArabicScript(scalar) {
                    guard scalar.properties.generalCategory != .nonspacingMark, scalar.value != 0xFEFF else { continue }
                    glyphs.insert(scalar)
                }
            }
        }
        return glyphs.sorted { $0.value < $1.value }
    }

    static func isArabicScript(_ scalar: Unicode.Scalar) -> Bool {
        (0x0600...0x06FF).contains(scalar.value) || (0xFB50...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value)
    }

    @Test(.timeLimit(.minutes(2)))
    func everyShapedLetterHasInkInItsCell() throws {
        let glyphs = try Self.shapedGlyphs()
        #expect(glyphs.count > 100, "the catalogs, services and districts shape to many forms: \(glyphs.count)")
        #expect(glyphs.contains("\u{FBA8}") && glyphs.contains("\u{FBA9}"), "initial and medial heh goal (ہیں, نہیں) are among them")
        let rows = stride(from: 0, to: glyphs.count, by: Self.perRow).map { Array(glyphs[$0..<min($0 + Self.perRow, glyphs.count)]) }
        try #require(rows.count + 1 <= Self.rows, "\(glyphs.count) glyphs fit one screen")

        let uncovered = try glyphs.filter { glyph in
            let listed = try CLIRunner.tool("/usr/bin/fc-list", [":charset=\(String(glyph.value, radix: 16))", "family"])
            return listed.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        #expect(uncovered.isEmpty, "no installed font has \(uncovered.map { "U+" + String($0.value, radix: 16, uppercase: true) })")

        // Row 0: a Latin control (ink at column 0, none at 1); then the glyphs, each at an even column.
        let lines = ["M"] + rows.map { row in "  " + row.map { String(Character($0)) }.joined(separator: " ") }
        let page = folder.appendingPathComponent("glyphs.txt")
        try (lines.joined(separator: "\n") + "\n").write(to: page, atomically: true, encoding: .utf8)

        let display = try XvfbDisplay()
        let reading = try look(at: page, on: display)
        try #require(reading.ink.count == Self.rows && reading.ink.allSatisfy { $0.count == Self.columns }, "a \(Self.columns)×\(Self.rows) grid")
        #expect(reading.ink[0][0] > 0 && reading.ink[0][1] == 0, "the control: M has ink, the space beside it none (\(reading.ink[0].prefix(2)))")
        var blank: [String] = []
        for (rowIndex, row) in rows.enumerated() {
            for (index, glyph) in row.enumerated() where reading.ink[rowIndex + 1][2 + 2 * index] == 0 {
                blank.append("U+\(String(glyph.value, radix: 16, uppercase: true)) \(Character(glyph))")
            }
        }
        #expect(blank.isEmpty, "glyphs xterm drew as nothing: \(blank.joined(separator: ", ")) — screenshot \(reading.png.path)")
        if blank.isEmpty { try? FileManager.default.removeItem(at: folder) }
    }

    /// Ink per cell, and the PNG a person can look at.
    struct Reading {
        var ink: [[Int]]
        var png: URL
    }

    /// An xterm (DejaVu Sans Mono 16, black on white) that shows `page` and stays; screenshots until the
    /// control cell has ink (the first xterm on a fresh display loads its fonts cold) or ten seconds pass.
    func look(at page: URL, on display: XvfbDisplay) throws -> Reading {
        let xterm = try display.launch([
            "/usr/bin/xterm", "-fa", "DejaVu Sans Mono", "-fs", "16", "-fg", "black", "-bg", "white", "-tn", "xterm-256color",
            "+sb", "-bw", "0", "-geometry", "\(Self.columns)x\(Self.rows)+0+0", "-hold", "-e", "/bin/cat", page.path,
        ])
        defer { _ = xterm.stop(SIGTERM) }
        let shot = folder.appendingPathComponent("glyphs.xwd"), png = folder.appendingPathComponent("glyphs.png")
        let script = CLIRunner.repository.appendingPathComponent("scripts/glyph-ink.py").path
        let deadline = Date().addingTimeInterval(10)
        var last = "nothing yet"
        repeat {
            Thread.sleep(forTimeInterval: 0.5)
            try display.screenshot(to: shot)
            let result = try CLIRunner.tool("/usr/bin/env", ["python3", script, shot.path, png.path, "\(Self.columns)", "\(Self.rows)"])
            if result.status == 0 {
                struct Decoded: Decodable { let ink: [[Int]] }
                let decoded = try JSONDecoder().decode(Decoded.self, from: Data(result.stdout.utf8))
                if decoded.ink.first?.first ?? 0 > 0 { return Reading(ink: decoded.ink, png: png) }
                last = "the control cell is still blank"
            } else {
                last = result.stderr
            }
        } while Date() < deadline
        throw CLITestError("xterm showed nothing readable within 10 s: \(last)")
    }
}
