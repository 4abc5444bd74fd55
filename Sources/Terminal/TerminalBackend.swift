import Screen

/// A full-screen terminal the kiosk draws frames on and reads keys from.
///
/// Threading: implementations are not `Sendable`; create a backend and make every call on one
/// thread (the run loop's). `NcursesTerminal` enforces this.
public protocol TerminalBackend: AnyObject {
    /// The current size of the screen in cells.
    var size: TerminalSize { get }

    /// Shows `frame`, writing only the cells that differ from what is already on the screen.
    /// A frame of another size than `size` is clipped or padded with blanks.
    func draw(_ frame: Frame)

    /// The next key or resize, waiting at most `timeoutMilliseconds` (0 polls, a negative value
    /// waits forever). Nil when the time ran out with no input.
    func nextInput(timeoutMilliseconds: Int) -> TerminalInput?

    /// Blanks the whole screen now and drops the scrollback: a citizen's session ended and nothing
    /// of it may stay visible. The next `draw` repaints in full.
    func wipe()

    /// Clears the screen and hands the terminal back as it was, leaving no text in the scrollback.
    /// Call exactly once, on every way out; later calls do nothing.
    func restore()
}
