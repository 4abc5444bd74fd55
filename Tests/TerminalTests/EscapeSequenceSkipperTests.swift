import Testing
@testable import Terminal

@Suite("Pasted escape sequences")
struct EscapeSequenceSkipperTests {
    /// How many characters after the ESC the skipper consumes before it says the sequence ended.
    func consumed(_ afterEscape: String) -> Int? {
        var skipper = EscapeSequenceSkipper()
        for (index, scalar) in afterEscape.unicodeScalars.enumerated() where skipper.feed(scalar.value) {
            return index + 1
        }
        return nil
    }

    @Test("sequences end where they should", arguments: [
        ("[31mPolice", 4),             // colour, then the text that follows is kept
        ("[2J1357", 3),                // clear screen
        ("[1;5Hx", 5),                 // cursor move with parameters
        ("]52;c;aGVsbG8=\u{07}rest", 15),    // OSC 52 clipboard, BEL-terminated
        ("]0;title\u{1B}\\after", 10), // OSC with ESC \ terminator
        ("Pq#0;2;0;0;0\u{1B}\\x", 14), // DCS (sixel) string
        ("cX", 1),                     // two-character escape (reset)
        ("x", 1),                      // Alt+x
    ])
    func ends(afterEscape: String, length: Int) {
        #expect(consumed(afterEscape) == length)
    }

    @Test func unfinishedSequenceNeverEnds() {
        #expect(consumed("[12;34") == nil)
        #expect(consumed("]52;c;no terminator") == nil)
    }
}
