import Screen
import Terminal
import Testing

@Suite("In-memory terminal")
struct InMemoryTerminalTests {
    private func screen(_ rows: [(String, Int)], width: Int = 20, height: Int = 3) -> Frame {
        var frame = Frame(width: width, height: height)
        for (index, row) in rows.enumerated() { frame.put(row.0, x: row.1, y: index) }
        return frame
    }

    @Test func drawShowsWholeScreenAsText() {
        let terminal = InMemoryTerminal(width: 12, height: 3)
        var frame = Frame(size: terminal.size)
        frame.drawBox(frame.bounds, glyphs: .ascii)
        frame.put("CNIC?", x: 2, y: 1)
        terminal.draw(frame)
        #expect(terminal.lines == ["+----------+", "| CNIC?    |", "+----------+"])
    }

    @Test func drawRecordsChangedCellCounts() {
        let terminal = InMemoryTerminal(width: 20, height: 3)
        terminal.draw(screen([("Hello", 0)]))
        terminal.draw(screen([("Hello", 0)]))
        terminal.draw(screen([("Hallo", 0)]))
        terminal.draw(Frame(width: 20, height: 3))
        #expect(terminal.changedCellCounts == [5, 0, 1, 5])
        #expect(terminal.drawCount == 4)
    }

    @Test func frameOfOtherSizeIsClipped() {
        let terminal = InMemoryTerminal(width: 4, height: 1)
        terminal.draw(screen([("abcdefgh", 0), ("second", 0)], width: 8, height: 2))
        #expect(terminal.lines == ["abcd"])
    }

    @Test func scriptedKeysComeOutInOrderThenTimeout() {
        let terminal = InMemoryTerminal()
        terminal.enqueue(.up, .control("c"))
        terminal.type("4a")
        terminal.scan("KP1:ABC")
        var keys: [KeyEvent] = []
        while case .key(let key) = terminal.nextInput(timeoutMilliseconds: 10) { keys.append(key) }
        #expect(keys.count == 12)
        #expect(Array(keys.prefix(4)) == [.up, .control("c"), .character("4"), .character("a")])
        #expect(keys.last == .enter)
        #expect(terminal.nextInput(timeoutMilliseconds: 0) == nil)
    }

    @Test func typingUrduProducesOneEventPerGrapheme() {
        let terminal = InMemoryTerminal()
        terminal.type("بی\n")
        #expect(terminal.pendingInput == [.key(.character("ب")), .key(.character("ی")), .key(.enter)])
    }

    @Test func resizeChangesSizeAndQueuesEvent() {
        let terminal = InMemoryTerminal(width: 10, height: 2)
        terminal.resize(width: 6, height: 3)
        #expect(terminal.size == TerminalSize(width: 6, height: 3))
        #expect(terminal.nextInput(timeoutMilliseconds: 0) == .resize(TerminalSize(width: 6, height: 3)))
    }

    @Test func wipeBlanksTheScreenAndCountsButKeepsDrawing() {
        let terminal = InMemoryTerminal(width: 8, height: 1)
        terminal.draw(screen([("secret", 0)], width: 8, height: 1))
        terminal.wipe()
        #expect(terminal.lines == ["        "])
        #expect(terminal.wipeCount == 1)
        terminal.draw(screen([("next", 0)], width: 8, height: 1))
        #expect(terminal.trimmedLines == ["next"])
    }

    @Test func restoreWipesScreenAndIgnoresLaterDraws() {
        let terminal = InMemoryTerminal(width: 8, height: 1)
        terminal.draw(screen([("secret", 0)], width: 8, height: 1))
        terminal.restore()
        terminal.draw(screen([("again", 0)], width: 8, height: 1))
        #expect(terminal.isRestored)
        #expect(terminal.lines == ["        "])
        #expect(terminal.drawCount == 1)
    }

    @Test func worksThroughTheProtocol() {
        let backend: any TerminalBackend = InMemoryTerminal(width: 5, height: 1)
        var frame = Frame(size: backend.size)
        frame.put("界ok", x: 0, y: 0)
        backend.draw(frame)
        #expect((backend as? InMemoryTerminal)?.lines == ["界ok "])
        #expect((backend as? InMemoryTerminal)?.changedCellCounts == [4])
    }
}
