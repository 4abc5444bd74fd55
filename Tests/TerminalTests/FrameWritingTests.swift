import Screen
import Testing

@Suite("Frame writing")
struct FrameWritingTests {
    @Test func putWritesTextAtPosition() {
        var frame = Frame(width: 10, height: 2)
        let end = frame.put("Salam", x: 2, y: 1)
        #expect(end == 7)
        #expect(frame.lines == ["          ", "  Salam   "])
    }

    @Test func putClipsAtRightEdgeButReportsFullWidth() {
        var frame = Frame(width: 6, height: 1)
        let end = frame.put("Peshawar", x: 3, y: 0)
        #expect(frame.lines == ["   Pes"])
        #expect(end == 11)
    }

    @Test func putClipsAtLeftEdge() {
        var frame = Frame(width: 6, height: 1)
        frame.put("Khyber", x: -3, y: 0)
        #expect(frame.lines == ["ber   "])
    }

    @Test func putOutsideRowsIsIgnored() {
        var frame = Frame(width: 4, height: 2)
        frame.put("ABCD", x: 0, y: -1)
        frame.put("EFGH", x: 0, y: 2)
        #expect(frame == Frame(width: 4, height: 2))
    }

    @Test func putHonoursMaxWidth() {
        var frame = Frame(width: 10, height: 1)
        frame.put("Mardan district", x: 1, y: 0, maxWidth: 4)
        #expect(frame.lines == [" Mard     "])
    }

    @Test func putAppliesStyle() {
        var frame = Frame(width: 3, height: 1)
        let style = Style(foreground: .yellow, background: .palette(236), attributes: [.bold, .underline])
        frame.put("ok", x: 0, y: 0, style: style)
        #expect(frame[0, 0].style == style)
        #expect(frame[1, 0].foreground == .yellow)
        #expect(frame[2, 0].style == .plain)
    }

    @Test func putSkipsControlCharactersInsteadOfStoringThem() {
        var frame = Frame(width: 8, height: 1)
        frame.put("a\u{1B}b\u{7}c", x: 0, y: 0)
        #expect(frame.trimmedLines == ["abc"])
    }

    @Test func urduTextTakesOneCellPerLetter() {
        var frame = Frame(width: 12, height: 1)
        let end = frame.put("عائشہ بی بی", x: 0, y: 0)
        #expect(end == 11)
        #expect(frame.lines == ["عائشہ بی بی "])
    }

    @Test func fillCoversClippedRectangle() {
        var frame = Frame(width: 5, height: 3)
        frame.fill(Rect(x: 3, y: 1, width: 10, height: 10), with: "#", style: Style(background: .blue))
        #expect(frame.lines == ["     ", "   ##", "   ##"])
        #expect(frame[4, 2].background == .blue)
        #expect(frame[2, 2].background == .default)
    }

    @Test func clearBlanksEverything() {
        var frame = Frame(width: 4, height: 1)
        frame.put("data", x: 0, y: 0)
        frame.clear()
        #expect(frame.lines == ["    "])
    }

    @Test func trimmedLinesDropTrailingSpaces() {
        var frame = Frame(width: 6, height: 2)
        frame.put("ab", x: 1, y: 0)
        #expect(frame.trimmedLines == [" ab", ""])
        #expect(frame.text == " ab   \n      ")
    }

    @Test func resizedKeepsContentThatFits() {
        var frame = Frame(width: 6, height: 2)
        frame.put("abcdef", x: 0, y: 0)
        frame.put("ghijkl", x: 0, y: 1)
        #expect(frame.resized(to: TerminalSize(width: 3, height: 1)).lines == ["abc"])
        #expect(frame.resized(to: TerminalSize(width: 8, height: 3)).lines == ["abcdef  ", "ghijkl  ", "        "])
    }
}
