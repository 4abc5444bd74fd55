import Foundation
import Screen

/// One settled tmux screen of the language tour and what every screen must be: no row wider than
/// the terminal, no U+FEFF, no catalog key, the CNIC never whole, the expected texts whole, none of
/// the kiosk's English words on a screen in another language, and on an Urdu or Pashto screen Arabic
/// script and no English word of the kiosk's own; on Roman Urdu's Linux console no Arabic script at all.
struct TourScreen {
    /// The captured rows, the zero-width bidi marks removed.
    let lines: [String]
    let name: String

    init(_ captured: [String], name: String) {
        lines = captured.map(Self.withoutMarks)
        self.name = name
    }

    var text: String { lines.joined(separator: "\n") }

    /// True when one row holds `field` (a shaped field, as `TourLanguage.shown` makes it).
    func shows(_ field: String) -> Bool { lines.contains { $0.contains(field) } }

    /// True when `field` shows with no letter touching it on either side ("Fee" is not in "Fees").
    func showsWhole(_ field: String) -> Bool {
        lines.contains { line in
            var rest = line[...]
            while let range = rest.range(of: field) {
                let before = range.lowerBound > line.startIndex ? line[line.index(before: range.lowerBound)] : " "
                let after = range.upperBound < line.endIndex ? line[range.upperBound] : " "
                if !before.isLetter && !after.isLetter { return true }
                rest = line[range.upperBound...]
            }
            return false
        }
    }

    /// The row holding `field` and the display column it starts at.
    func position(of field: String) -> (row: Int, column: Int)? {
        for (row, line) in lines.enumerated() {
            if let range = line.range(of: field) { return (row, DisplayWidth.of(String(line[..<range.lowerBound]))) }
        }
        return nil
    }

    /// The first and last display column holding a QR half block, nil when no code is on screen.
    var codeColumns: ClosedRange<Int>? {
        var first = Int.max, last = -1
        for line in lines {
            var column = 0
            for character in line {
                if character == "▄" || character == "▀" || character == "█" { first = min(first, column); last = max(last, column) }
                column += DisplayWidth.of(character)
            }
        }
        return last >= 0 ? first...last : nil
    }

    /// What is wrong with this screen in `language` at `width` columns; empty when nothing is.
    /// `expected` are shaped fields that must each be whole on one row; `forbidden` texts must not be
    /// anywhere; `dataWords` are Latin words the citizen's own data brings (names, address);
    /// `hiddenDigits` are the middle digits of the CNICs typed, never to show.
    func problems(
        _ language: TourLanguage, width: Int, expected: [String], forbidden: [String], dataWords: Set<String>, hiddenDigits: Set<String>
    ) -> [String] {
        var found: [String] = []
        for (row, line) in lines.enumerated() where DisplayWidth.of(line) > width {
            found.append("row \(row) is \(DisplayWidth.of(line)) columns wide: \(line)")
        }
        if text.contains("\u{FEFF}") { found.append("a U+FEFF reached the terminal") }
        for key in language.keys where key.contains(".") && text.contains(key) { found.append("the catalog key \(key) shows") }
        for digits in hiddenDigits.sorted() where text.contains(digits) { found.append("the CNIC shows whole (\(digits))") }
        for field in expected where !shows(field) { found.append("“\(field)” is not whole on any row") }
        for field in forbidden where showsWhole(field) { found.append("“\(field)” (English) shows") }
        let header = lines.first?.trimmingCharacters(in: .whitespaces) ?? ""
        let centre = language.rightToLeft ? header.hasSuffix(Self.centre(language)) : header.hasPrefix(Self.centre(language))
        // My Khyber Pass gives the whole screen to the code: no header there.
        let hasHeader = lines.count > 1 && lines[1].hasPrefix("──")
        if hasHeader && !centre { found.append("the header does not have the centre's name on the \(language.rightToLeft ? "right" : "left"): \(header)") }
        let body = lines.dropFirst()  // the header holds the centre's name from the config
        if language.arabicScript {
            if !body.contains(where: Self.hasArabicScript) { found.append("no Arabic script below the header") }
            // Latin data keeps its punctuation: a comma never lands before the run's first word.
            for line in body where line.contains(#/,[A-Za-z]/#) { found.append("a comma before Latin data (its run reordered): \(line)") }
            for line in body {
                let words = line.split { !$0.isASCII || !$0.isLetter }.map(String.init).filter { $0.count > 1 }
                let english = words.filter { !Self.keyNames.contains($0) && !dataWords.contains($0) && !$0.allSatisfy(\.isUppercase) }
                if !english.isEmpty { found.append("English words \(english) in: \(line)") }
            }
        } else if language.term == "linux", lines.contains(where: Self.hasArabicScript) {
            found.append("Arabic script on the Linux console")
        }
        return found
    }

    /// The text drawn in reverse video on a `capture-pane -e` row (read by `CapturedScreen.parse`), trimmed.
    static func reversed(in colouredLine: String) -> String {
        var foreground: Int?, background: Int?, reverse = false
        let cells = CapturedScreen.parse(colouredLine, foreground: &foreground, background: &background, reverse: &reverse)
        return withoutMarks(String(cells.filter(\.reverse).map(\.character))).trimmingCharacters(in: .whitespaces)
    }

    /// `centre_name` in KioskConfig/walk-in-kiosk.yaml.
    static let centre = "Peshawar Facilitation Centre"

    /// The centre's name as the header shows it in `language`: `centre_name_ur` / `centre_name_ps` of
    /// KioskConfig/walk-in-kiosk.yaml on Urdu / Pashto screens (shaped), else `centre_name`.
    static func centre(_ language: TourLanguage) -> String {
        let config = (try? String(contentsOf: CLIRunner.repository.appendingPathComponent("KioskConfig/walk-in-kiosk.yaml"), encoding: .utf8)) ?? ""
        let key = "centre_name_\(language.code): "
        guard language.arabicScript, let line = config.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else { return centre }
        return language.visual(String(line.dropFirst(key.count)))
    }

    /// Key names and the chooser's "English" stay English on every screen.
    static let keyNames: Set<String> = ["Enter", "Esc", "Backspace", "Tab", "English"]

    /// Arabic letters or their presentation forms.
    static func hasArabicScript(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0xFB50...0xFDFF).contains($0.value) || (0xFE70...0xFEFC).contains($0.value) }
    }

    /// `text` without LEFT-TO-RIGHT, RIGHT-TO-LEFT and ARABIC LETTER marks, which take no cell.
    static func withoutMarks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { ![0x200E, 0x200F, 0x061C].contains($0.value) }))
    }
}
