import Screen
import Testing

@Suite("Text sanitizer")
struct TextSanitizerTests {
    @Test func keepsLatinAndUrdu() {
        #expect(TextSanitizer.forTerminal("Ayesha Bibi, Peshawar") == "Ayesha Bibi, Peshawar")
        #expect(TextSanitizer.forTerminal("عائشہ بی بی") == "عائشہ بی بی")
        #expect(TextSanitizer.forTerminal("بِسْمِ اللّٰه") == "بِسْمِ اللّٰه")
        #expect(TextSanitizer.forTerminal("Zoë 界 😀") == "Zoë 界 😀")
    }

    @Test func removesEraseScreenSequence() {
        #expect(TextSanitizer.forTerminal("Ali\u{1B}[2JKhan") == "AliKhan")
        #expect(TextSanitizer.forTerminal("\u{1B}[1;31mred\u{1B}[0m") == "red")
        #expect(TextSanitizer.forTerminal("\u{1B}[?1049h") == "")
    }

    @Test func removesOSC52ClipboardSequence() {
        let bel = "name\u{1B}]52;c;ZWNobyBwd25lZA==\u{7}tail"
        let st = "name\u{1B}]52;c;ZWNobyBwd25lZA==\u{1B}\\tail"
        #expect(TextSanitizer.forTerminal(bel) == "nametail")
        #expect(TextSanitizer.forTerminal(st) == "nametail")
        #expect(TextSanitizer.forTerminal("title\u{1B}]0;pwned") == "title")
    }

    @Test func removesC1ControlsAndTheirSequences() {
        #expect(TextSanitizer.forTerminal("a\u{9B}2Jb") == "ab")
        #expect(TextSanitizer.forTerminal("a\u{9D}52;c;eA==\u{9C}b") == "ab")
        #expect(TextSanitizer.forTerminal("a\u{85}b\u{8D}c") == "abc")
    }

    @Test func removesBidiOverridesAndIsolates() {
        let spoof = "CNIC \u{202E}4321\u{202C} ok \u{2066}x\u{2069}\u{202A}\u{202B}\u{202D}\u{2067}\u{2068}"
        #expect(TextSanitizer.forTerminal(spoof) == "CNIC 4321 ok x")
    }

    @Test func removesOtherControlsAndDelete() {
        #expect(TextSanitizer.forTerminal("a\u{0}b\u{7}c\u{8}d\u{7F}e") == "abcde")
        #expect(TextSanitizer.forTerminal("\u{1B}7\u{1B}(Bx\u{1B}c") == "x")
    }

    @Test func lineBreaksAndTabsBecomeOneSpace() {
        #expect(TextSanitizer.forTerminal("House 5\r\nPeshawar\tKP") == "House 5 Peshawar KP")
    }

    @Test func loneEscapeBeforeTextKeepsTheText() {
        #expect(TextSanitizer.forTerminal("\u{1B}\u{1B}[2Jok") == "ok")
        #expect(TextSanitizer.forTerminal("a\u{1B}") == "a")
    }

    @Test func sanitizedTextHasNoControlScalarsLeft() {
        let hostile = "\u{1B}[31m\u{1B}]8;;http://x\u{7}link\u{1B}]8;;\u{7}\u{9B}K\u{202E}\u{1B}P+q\u{1B}\\z"
        let clean = TextSanitizer.forTerminal(hostile)
        #expect(clean == "linkz")
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
}
