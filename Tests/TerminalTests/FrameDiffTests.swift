import Screen
import Testing

@Suite("Frame diff")
struct FrameDiffTests {
    @Test func identicalFramesHaveNoChanges() {
        var frame = Frame(width: 10, height: 3)
        frame.put("same", x: 1, y: 1)
        #expect(frame.changes(from: frame).isEmpty)
    }

    @Test func changedCellsAreListedWithPositions() {
        var old = Frame(width: 10, height: 2)
        old.put("Ali", x: 0, y: 0)
        var new = old
        new.put("Ala", x: 0, y: 0)
        new.put("!", x: 9, y: 1)
        let changes = new.changes(from: old)
        #expect(changes.map { [$0.x, $0.y] } == [[2, 0], [9, 1]])
        #expect(changes.map(\.cell.grapheme) == ["a", "!"])
    }

    @Test func styleChangeCountsAsChange() {
        var old = Frame(width: 4, height: 1)
        old.put("ab", x: 0, y: 0)
        var new = Frame(width: 4, height: 1)
        new.put("ab", x: 0, y: 0, style: Style(attributes: .reverse))
        #expect(new.changes(from: old).count == 2)
    }

    @Test func sizeChangeOrNoPreviousRepaintsEverything() {
        let frame = Frame(width: 5, height: 2)
        #expect(frame.changes(from: nil).count == 10)
        #expect(frame.changes(from: Frame(width: 4, height: 2)).count == 10)
    }

    @Test func wideCharacterChangesBothCells() {
        var old = Frame(width: 4, height: 1)
        old.put("ab", x: 0, y: 0)
        var new = Frame(width: 4, height: 1)
        new.put("界", x: 0, y: 0)
        let changes = new.changes(from: old)
        #expect(changes.count == 2)
        #expect(changes[1].cell.isContinuation)
    }
}
