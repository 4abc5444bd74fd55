import Screen
import Testing

@Suite("Box drawing")
struct BoxDrawingTests {
    @Test func unicodeBox() {
        var frame = Frame(width: 6, height: 4)
        frame.drawBox(Rect(x: 0, y: 0, width: 6, height: 4))
        #expect(frame.lines == ["┌────┐", "│    │", "│    │", "└────┘"])
    }

    @Test func asciiBox() {
        var frame = Frame(width: 7, height: 3)
        frame.drawBox(Rect(x: 1, y: 0, width: 5, height: 3), glyphs: .ascii)
        #expect(frame.lines == [" +---+ ", " |   | ", " +---+ "])
    }

    @Test func doubleBoxWithTitle() {
        var frame = Frame(width: 12, height: 3)
        frame.drawBox(Rect(x: 0, y: 0, width: 12, height: 3), glyphs: .double, title: "Verify")
        #expect(frame.lines == ["╔═Verify═══╗", "║          ║", "╚══════════╝"])
    }

    @Test func longTitleIsCutBetweenCorners() {
        var frame = Frame(width: 8, height: 2)
        frame.drawBox(Rect(x: 0, y: 0, width: 8, height: 2), glyphs: .ascii, title: "Registration")
        #expect(frame.lines == ["+-Regi-+", "+------+"])
    }

    @Test func boxLeavesInsideUntouchedAndClipsAtEdges() {
        var frame = Frame(width: 5, height: 3)
        frame.put("xxxxx", x: 0, y: 1)
        frame.drawBox(Rect(x: 2, y: 0, width: 6, height: 3), glyphs: .ascii, style: Style(foreground: .green))
        #expect(frame.lines == ["  +--", "xx|xx", "  +--"])
        #expect(frame[2, 1].foreground == .green)
        #expect(frame[3, 1].foreground == .default)
    }

    @Test func tooSmallBoxDrawsNothing() {
        var frame = Frame(width: 3, height: 3)
        frame.drawBox(Rect(x: 0, y: 0, width: 1, height: 3))
        #expect(frame == Frame(width: 3, height: 3))
    }
}
