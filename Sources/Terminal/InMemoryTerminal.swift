import Screen

/// A terminal that is only a grid in memory, for tests: scripted keys in, whole screens out as
/// text (in the manner of Ratatui's `TestBackend`), with a record of how many cells each draw changed.
///
/// Not `Sendable`: use it from one task or thread, like any `TerminalBackend`.
public final class InMemoryTerminal: TerminalBackend {
    /// What is on the glass now.
    public private(set) var screen: Frame
    /// For every `draw` call, how many cells it changed (continuation cells of wide graphemes included).
    public private(set) var changedCellCounts: [Int] = []
    /// True once `restore()` has run.
    public private(set) var isRestored = false
    /// How many times the screen and scrollback were wiped.
    public private(set) var wipeCount = 0
    /// Keys and resizes still waiting to be read, oldest first.
    public private(set) var pendingInput: [TerminalInput] = []

    /// A blank terminal of `width` × `height` cells.
    public init(width: Int = 80, height: Int = 24) {
        screen = Frame(width: width, height: height)
    }

    /// The current size.
    public var size: TerminalSize { screen.size }

    /// The screen as text rows (see `Frame.lines`).
    public var lines: [String] { screen.lines }

    /// The screen as text rows without trailing spaces.
    public var trimmedLines: [String] { screen.trimmedLines }

    /// Number of `draw` calls so far.
    public var drawCount: Int { changedCellCounts.count }

    /// Applies the cells of `frame` that differ from the screen and records how many there were.
    public func draw(_ frame: Frame) {
        guard !isRestored else { return }
        let target = frame.resized(to: screen.size)
        let changes = target.changes(from: screen)
        screen = target
        changedCellCounts.append(changes.count)
    }

    /// Pops the next scripted input; nil (a timeout) when none is queued. Never waits.
    public func nextInput(timeoutMilliseconds: Int) -> TerminalInput? {
        pendingInput.isEmpty ? nil : pendingInput.removeFirst()
    }

    /// Blanks the screen and counts the wipe.
    public func wipe() {
        guard !isRestored else { return }
        screen = Frame(size: screen.size)
        wipeCount += 1
    }

    /// Clears the screen and marks the terminal restored; later draws are ignored.
    public func restore() {
        guard !isRestored else { return }
        screen = Frame(size: screen.size)
        isRestored = true
    }

    /// Queues keys to be returned by `nextInput`.
    public func enqueue(_ keys: KeyEvent...) {
        pendingInput.append(contentsOf: keys.map(TerminalInput.key))
    }

    /// Queues `text` as typed keys: each grapheme a `.character`, CR/LF as `.enter`, TAB as `.tab`.
    public func type(_ text: String) {
        for grapheme in text {
            switch grapheme {
            case "\r", "\n", "\r\n": pendingInput.append(.key(.enter))
            case "\t": pendingInput.append(.key(.tab))
            default: pendingInput.append(.key(.character(grapheme)))
            }
        }
    }

    /// Queues what a keyboard-wedge scanner sends for `payload`: its characters, then Enter.
    public func scan(_ payload: String) {
        type(payload)
        pendingInput.append(.key(.enter))
    }

    /// Resizes the screen (content kept where it fits) and queues the `.resize` a real terminal sends.
    public func resize(width: Int, height: Int) {
        screen = screen.resized(to: TerminalSize(width: width, height: height))
        pendingInput.append(.resize(screen.size))
    }
}
