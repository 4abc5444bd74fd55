import Screen
import Testing

@Suite("Wide characters")
struct WideCharacterTests {
    @Test(arguments: [
        ("a", 1), ("ع", 1), ("ہ", 1), ("é", 1), ("─", 1), ("▀", 1),
        ("界", 2), ("한", 2), ("😀", 2), ("🇵🇰", 2), ("👍🏽", 2), ("１", 2),
        ("\u{301}", 0), ("\u{64E}", 0), ("\u{200B}", 0), ("\u{1B}", 0),
    ] as [(Character, Int)])
    func graphemeWidth(grapheme: Character, expected: Int) {
        #expect(DisplayWidth.of(grapheme) == expected)
    }

    @Test func stringWidthSumsGraphemes() {
        #expect(DisplayWidth.of("Ali 界 é") == 8)
        #expect(DisplayWidth.of("عائشہ بی بی") == 11)
        #expect(DisplayWidth.prefix("ab界cd", fittingIn: 3) == "ab")
        #expect(DisplayWidth.prefix("ab界cd", fittingIn: 4) == "ab界")
    }

    @Test func wideCharacterOccupiesTwoCells() {
        var frame = Frame(width: 6, height: 1)
        let end = frame.put("a界b", x: 0, y: 0)
        #expect(end == 4)
        #expect(frame[1, 0].grapheme == "界")
        #expect(frame[2, 0].isContinuation)
        #expect(frame[3, 0].grapheme == "b")
        #expect(frame.lines == ["a界b  "])
    }

    @Test func wideCharacterThatDoesNotFitAtRightEdgeBecomesBlank() {
        var frame = Frame(width: 3, height: 1)
        frame.put("ab界", x: 0, y: 0)
        #expect(frame.lines == ["ab "])
        #expect(!frame[2, 0].isContinuation)
    }

    @Test func wideCharacterCutByLeftEdgeLeavesBlank() {
        var frame = Frame(width: 4, height: 1)
        frame.put("xxxx", x: 0, y: 0)
        frame.put("界b", x: -1, y: 0)
        #expect(frame.lines == [" bxx"])
    }

    @Test func overwritingLeftHalfBlanksRightHalf() {
        var frame = Frame(width: 4, height: 1)
        frame.put("界界", x: 0, y: 0)
        frame.put("a", x: 0, y: 0)
        #expect(frame.lines == ["a 界"])
        #expect(!frame[1, 0].isContinuation)
    }

    @Test func overwritingRightHalfBlanksLeftHalf() {
        var frame = Frame(width: 4, height: 1)
        frame.put("界界", x: 0, y: 0)
        frame.put("b", x: 1, y: 0)
        #expect(frame.lines == [" b界"])
    }

    @Test func wideOverWideAtOddOffsetBreaksBothNeighbours() {
        var frame = Frame(width: 6, height: 1)
        frame.put("界界界", x: 0, y: 0)
        frame.put("中", x: 1, y: 0)
        #expect(frame.lines == [" 中 界"])
        #expect(frame.cells.filter(\.isContinuation).count == 2)
    }

    @Test func combiningMarksStayWithTheirBase() {
        var frame = Frame(width: 4, height: 1)
        frame.put("e\u{301}x", x: 0, y: 0)
        #expect(frame[0, 0].grapheme == "e\u{301}")
        #expect(frame[1, 0].grapheme == "x")
    }
}
