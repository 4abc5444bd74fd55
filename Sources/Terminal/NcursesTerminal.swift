#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Screen

/// The real screen: ncursesw on the process's stdin/stdout, in raw mode with no echo, keypad
/// decoding, no newline translation and a hidden cursor.
///
/// Threading contract: curses is not thread-safe. This class is deliberately not `Sendable`,
/// and every call (including `init` and `restore`) must come from the thread that created it;
/// a precondition stops the process otherwise. Run the kiosk's event loop on that one thread.
///
/// Exactly one instance may exist at a time. Call `restore()` on every way out; `deinit` does it
/// as a last resort, and `TerminalSignals` covers signals and crashes.
public final class NcursesTerminal: TerminalBackend {
    private let screenHandle: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let ownerThread: pthread_t
    private let outputDescriptor: Int32
    private var colors: ColorPairCache
    private var lastFrame: Frame?
    private var needsFullRepaint = true
    private var isRestored = false

    /// How many cells the most recent `draw` wrote (continuation cells included, as in `Frame.changes`).
    public private(set) var lastChangedCellCount = 0

    /// Descriptors that end a wait for input early when they become readable (the run loop's wake
    /// pipe): `nextInput` then returns nil at once, so events from other threads are not kept waiting.
    public var wakeDescriptors: [Int32] = []

    /// Starts curses. Sets the locale from the environment first (wide characters need it),
    /// installs `TerminalSignals` once curses is up unless told not to (a stop signal then writes to
    /// `stopWakeDescriptor`), and shortens the wait that tells a lone Escape from an escape sequence
    /// to `escapeDelayMilliseconds`.
    ///
    /// - Throws: `TerminalError.cannotInitialize` when there is no usable terminal.
    public init(installSignalHandlers: Bool = true, stopWakeDescriptor: Int32? = nil, escapeDelayMilliseconds: Int = 25) throws {
        _ = kp_setlocale_from_environment()
        TerminalSignals.saveTerminalModes()
        // Size from the terminal itself (the tty's ioctl), never from LINES/COLUMNS in the environment:
        // with those set, ncurses would ignore every later resize. Not `use_env(false)`: that takes the
        // size from terminfo alone, and entries without `lines`/`cols` (TERM=linux, the Linux console)
        // then make newterm fail, so the kiosk could not start on the console at all.
        use_env(true)
        use_tioctl(true)
        guard let screen = kp_newterm_stdio() else {
            throw TerminalError.cannotInitialize(term: getenv("TERM").map { String(cString: $0) })
        }
        _ = set_term(screen)
        guard let window = kp_stdscr() else {
            endwin()
            delscreen(screen)
            throw TerminalError.cannotInitialize(term: getenv("TERM").map { String(cString: $0) })
        }
        // After newterm (which installs ncurses' own SIGINT/SIGTERM/SIGTSTP handlers): ours win,
        // and a failed start leaves the process's signals untouched.
        TerminalSignals.prepareCrashRestore()
        if installSignalHandlers { TerminalSignals.install(wakeDescriptor: stopWakeDescriptor) }
        _ = kp_install_winch_handler()
        screenHandle = screen
        self.window = window
        ownerThread = pthread_self()
        outputDescriptor = kp_stdout_fd()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        _ = curs_set(0)
        leaveok(window, true)
        _ = set_escdelay(Int32(escapeDelayMilliseconds))
        var hasDefaultColors = false
        let colorful = has_colors()
        if colorful {
            start_color()
            hasDefaultColors = use_default_colors() == OK
        }
        colors = ColorPairCache(enabled: colorful, hasDefaultColors: hasDefaultColors)
        werase(window)
        wrefresh(window)
        // The kiosk sends Urdu and Pashto already shaped and in visual order (BidiText): a terminal
        // that reorders by itself must not do it a second time.
        kp_write_bidi_mode(outputDescriptor, 1)
    }

    deinit {
        if !isRestored { restoreTerminal() }
    }

    /// The current size of the screen (updated by ncurses when a resize arrives).
    public var size: TerminalSize {
        checkThread()
        return TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Writes the cells of `frame` that differ from the last frame drawn, then refreshes.
    /// After a resize (or the first time) the whole screen is cleared and repainted.
    public func draw(_ frame: Frame) {
        checkThread()
        guard !isRestored else { return }
        let target = frame.resized(to: size)
        let previous: Frame?
        if needsFullRepaint || lastFrame?.size != target.size {
            werase(window)
            clearok(window, true)
            previous = nil
            needsFullRepaint = false
        } else {
            previous = lastFrame
        }
        let changes = target.changes(from: previous)
        for change in changes where !change.cell.isContinuation {
            write(change.cell, x: change.x, y: change.y)
        }
        wrefresh(window)
        lastFrame = target
        lastChangedCellCount = changes.count
    }

    /// Blanks the whole screen now and asks the terminal to drop its scrollback (`ESC[3J`):
    /// a citizen's session ended and nothing of it may stay visible. The next `draw` repaints in full.
    public func wipe() {
        checkThread()
        guard !isRestored else { return }
        werase(window)
        clearok(window, true)
        wrefresh(window)
        kp_write_scrollback_wipe(outputDescriptor)
        needsFullRepaint = true
    }

    /// Reads the next key with `wget_wch` (multi-byte UTF-8 included). `KEY_RESIZE` becomes
    /// `.resize` with the new size and schedules a full repaint. Keys the kiosk ignores are
    /// skipped without extending the wait. Returns nil at once when a `wakeDescriptors` entry
    /// becomes readable.
    public func nextInput(timeoutMilliseconds: Int) -> TerminalInput? {
        checkThread()
        guard !isRestored else { return nil }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds >= 0 ? clock.now.advanced(by: .milliseconds(timeoutMilliseconds)) : nil
        while true {
            if let resize = takeResize() { return resize }
            // Keys curses already holds (a paste, a scan) come first, without waiting.
            switch readKey() {
            case .input(let input): return input
            case .skipped: continue
            case .none: break
            }
            // Wait in short slices so a resize is noticed within 100 ms even if the signal
            // did not interrupt the wait.
            var wait: Int32 = 100
            if let deadline {
                let left = clock.now.duration(to: deadline)
                let (seconds, attoseconds) = left.components
                wait = min(100, Int32(clamping: max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000)))
            }
            let woke = wakeDescriptors.withUnsafeBufferPointer { wakes in
                kp_wait_for_input(STDIN_FILENO, wakes.baseAddress, Int32(wakes.count), wait)
            }
            if woke == 2 { return nil }
            if woke == 0, let deadline, clock.now >= deadline { return takeResize() }
        }
    }

    /// What one non-blocking read gave.
    private enum KeyRead {
        case input(TerminalInput)
        /// A key the kiosk ignores, or a pasted escape sequence dropped: read again.
        case skipped
        /// Nothing waiting.
        case none
    }

    private func readKey() -> KeyRead {
        wtimeout(window, 0)
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == ERR { return .none }
        if status == kp_key_code_yes() && Int32(bitPattern: value) == KEY_RESIZE {
            _ = kp_take_winch()
            needsFullRepaint = true
            return .input(.resize(TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))))
        }
        if status == OK && value == 0x1B && skipPastedEscapeSequence() { return .skipped }
        if let event = NcursesKeyMap.event(status: status, value: UInt32(value)) { return .input(.key(event)) }
        return .skipped
    }

    /// After an ESC: when more input is already waiting, it is an escape sequence typed or pasted as
    /// text (function keys were already decoded by curses), so it is read to its end and dropped;
    /// true then. False when the ESC stood alone: the Esc key.
    private func skipPastedEscapeSequence() -> Bool {
        var skipper = EscapeSequenceSkipper()
        var value: wint_t = 0
        wtimeout(window, 0)
        guard wget_wch(window, &value) == OK else { return false }
        var finished = skipper.feed(UInt32(value))
        // A sequence is cut short after 256 characters or 50 ms of silence: never hang on junk.
        var read = 1
        while !finished && read < 256 {
            wtimeout(window, 50)
            guard wget_wch(window, &value) != ERR else { break }
            finished = skipper.feed(UInt32(value))
            read += 1
        }
        return true
    }

    /// When the window changed size since the last look: tell curses the new size and report it.
    /// The kernel's size is compared on every look (a cheap ioctl, at most every 100 ms), so a
    /// resize is noticed even when SIGWINCH is lost, blocked or taken by another handler.
    private func takeResize() -> TerminalInput? {
        _ = kp_take_winch()
        var rows: Int32 = 0, columns: Int32 = 0
        guard kp_tty_size(outputDescriptor, &rows, &columns) == 0 else { return nil }
        guard Int(columns) != Int(getmaxx(window)) || Int(rows) != Int(getmaxy(window)) else { return nil }
        _ = resizeterm(rows, columns)
        needsFullRepaint = true
        return .resize(TerminalSize(width: Int(columns), height: Int(rows)))
    }

    /// Clears the screen, ends curses, writes `ESC[H ESC[2J ESC[3J` to wipe screen and
    /// scrollback, and `CSI 8 h` to give a bidi-capable terminal back its implicit mode. Later calls do nothing.
    public func restore() {
        checkThread()
        guard !isRestored else { return }
        restoreTerminal()
    }

    private func restoreTerminal() {
        isRestored = true
        werase(window)
        wrefresh(window)
        _ = curs_set(1)
        endwin()
        kp_write_wipe_sequence(outputDescriptor)
        kp_write_bidi_mode(outputDescriptor, 0)
        delscreen(screenHandle)
    }

    /// Writes one cell; control characters (which a `Frame` never holds) would move the cursor,
    /// so they are drawn as a space.
    private func write(_ cell: Cell, x: Int, y: Int) {
        let maximum = Int(kp_ccharw_max())
        var characters: [wchar_t] = []
        for scalar in cell.grapheme.unicodeScalars.prefix(maximum) {
            characters.append(wchar_t(bitPattern: scalar.value))
        }
        if let first = cell.grapheme.unicodeScalars.first, DisplayWidth.of(first) == 0, first.value < 0xA0 {
            characters = [wchar_t(32)]
        }
        characters.append(0)
        let pair = colors.pair(foreground: cell.foreground, background: cell.background)
        var character = cchar_t()
        var status = setcchar(&character, characters, attributes(of: cell), pair, nil)
        if status != OK {
            // A cluster ncurses refuses (e.g. too many combining marks): keep its base character.
            status = setcchar(&character, [characters[0], 0], attributes(of: cell), pair, nil)
        }
        _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
    }

    private func attributes(of cell: Cell) -> attr_t {
        var result = kp_a_normal()
        if cell.attributes.contains(.bold) { result |= kp_a_bold() }
        if cell.attributes.contains(.reverse) { result |= kp_a_reverse() }
        if cell.attributes.contains(.underline) { result |= kp_a_underline() }
        if cell.attributes.contains(.dim) { result |= kp_a_dim() }
        return result
    }

    private func checkThread() {
        precondition(pthread_equal(ownerThread, pthread_self()) != 0, "NcursesTerminal used off its owning thread")
    }
}
