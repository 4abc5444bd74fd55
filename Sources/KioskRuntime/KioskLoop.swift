import Foundation
import KioskApp
import Screen
import Terminal

/// The run loop, generic over the terminal (as Ratatui's `Terminal<B>`): keys and resizes from the
/// terminal, everything else from the `KioskEventInbox` (effect results, the sync badge, a stop
/// signal), ticks from the clock; each event goes through `Kiosk.update`, and `Kiosk.view` is painted.
///
/// Every terminal call happens on the thread that calls `run()` (or `runRound`). Effects the core
/// asks for run on a serial queue of the loop's own, one after another in the order asked (so two PIN
/// checks never race on the try count), and answer through the inbox: the screen keeps drawing and
/// reading keys meanwhile. The queue is a Dispatch serial queue, which gets a thread of its own when it
/// has work: an effect's blocking I/O (SQLite, the PIN hash) never waits for a turn in Swift's shared
/// task pool, which a loaded two-core machine can keep busy for seconds.
public final class KioskLoop<Backend: TerminalBackend> {
    /// The kiosk's state after the last event.
    public private(set) var state: KioskState
    /// The screen drawn on.
    public let terminal: Backend
    /// Where effect results and other threads' events arrive.
    public let inbox: KioskEventInbox
    /// True once the core asked to quit.
    public private(set) var hasQuit = false

    private let runner: KioskEffectRunner
    private let sync: (any SyncNudging)?
    private let now: @Sendable () -> Date
    private let stopRequested: () -> Bool
    private let log: @Sendable (String) -> Void
    private var enterFilter = ScannerEnterFilter()
    private let effects = DispatchQueue(label: "khyber.kiosk.effects")
    private let drawGraceMilliseconds: Int
    private var lastTickSecond: Int

    /// A loop drawing on `terminal`, starting from `state`. `stopRequested` is asked every round
    /// (the `run` command passes `TerminalSignals.takeStopRequest`). `drawGraceMilliseconds`: how long a
    /// round waits for an effect's answer before it paints the in-between screen ("Checking…"), so a
    /// fast effect (a submit, a lookup) goes from key to result in one frame, while a slow one (a PIN
    /// hash) still shows at once that it is working. 16 ms is one frame at 60 Hz.
    public init(
        terminal: Backend, runner: KioskEffectRunner, state: KioskState, inbox: KioskEventInbox = KioskEventInbox(),
        sync: (any SyncNudging)? = nil, now: @escaping @Sendable () -> Date = { Date() },
        stopRequested: @escaping () -> Bool = { false }, log: @escaping @Sendable (String) -> Void = KioskLog.write,
        drawGraceMilliseconds: Int = 16
    ) {
        self.drawGraceMilliseconds = max(0, drawGraceMilliseconds)
        self.terminal = terminal
        self.runner = runner
        self.state = state
        self.inbox = inbox
        self.sync = sync
        self.now = now
        self.stopRequested = stopRequested
        self.log = log
        lastTickSecond = Int(now().timeIntervalSince1970)
    }

    /// Runs until the core quits, then waits (at most `drainSeconds`) for the effect in flight, so a
    /// submit that was being written finishes before the program ends.
    public func run(drainSeconds: Double = 3) {
        start()
        while !hasQuit {
            runRound(waitMilliseconds: millisecondsToNextSecond())
        }
        waitForEffects(seconds: drainSeconds)
    }

    /// Takes the terminal's size and paints the first frame.
    public func start() {
        process(.resize(terminal.size))
        draw()
    }

    /// One round: waits up to `waitMilliseconds` for input (an inbox post ends the wait), feeds it,
    /// takes every queued event, waits up to the draw grace for effects still running, ticks when a
    /// new second began, and draws.
    public func runRound(waitMilliseconds: Int) {
        if let input = terminal.nextInput(timeoutMilliseconds: waitMilliseconds) {
            feed(input, at: .now)
        }
        takeQueued()
        awaitFastEffects()
        tickIfDue()
        draw()
    }

    /// While effects run and the grace lasts, takes their answers as they come (an answer may start
    /// the next effect), so the frame drawn next shows the result rather than the wait.
    private func awaitFastEffects() {
        let deadline = ContinuousClock.now + .milliseconds(drawGraceMilliseconds)
        while inbox.effectsUnanswered > 0 && !hasQuit {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return }
            let milliseconds = Int(left.components.seconds * 1000) + Int(left.components.attoseconds / 1_000_000_000_000_000) + 1
            guard inbox.waitForPost(timeoutMilliseconds: milliseconds) else { return }
            takeQueued()
        }
        takeQueued()
    }

    /// Feeds one input from the terminal: a resize, or a key (the LF of a scanner's CR LF dropped).
    public func feed(_ input: TerminalInput, at instant: ContinuousClock.Instant) {
        switch input {
        case .resize(let size):
            process(.resize(size))
        case .key(let key):
            if enterFilter.accepts(key, at: instant) { process(.key(key)) }
        }
    }

    /// Feeds one event through the core and carries out the effects it returns.
    public func process(_ event: KioskEvent) {
        guard !hasQuit else { return }
        for effect in Kiosk.update(&state, event) {
            switch effect {
            case .quit:
                hasQuit = true
                return
            case .wipeScreen:
                terminal.wipe()
            case .requestSync:
                sync?.requestSync()
            default:
                launch(effect)
            }
        }
    }

    /// Waits until every effect started has answered and its answer (and whatever that started) has
    /// gone through the core, then draws. For tests and benchmarks that drive the loop step by step.
    public func settle() async {
        while true {
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in effects.async { done.resume() } }
            takeQueued()
            if inbox.effectsUnanswered == 0 && inbox.isEmpty { break }
        }
        draw()
    }

    /// Paints the current state.
    public func draw() {
        guard !hasQuit else { return }
        terminal.draw(Kiosk.view(state))
    }

    private func takeQueued() {
        if stopRequested() { process(.quitRequested) }
        for event in inbox.takeAll() { process(event) }
    }

    private func tickIfDue() {
        let date = now()
        let second = Int(date.timeIntervalSince1970)
        guard second != lastTickSecond else { return }
        lastTickSecond = second
        process(.tick(date))
    }

    private func launch(_ effect: KioskEffect) {
        let runner = self.runner
        let inbox = self.inbox
        let log = self.log
        inbox.effectStarted()
        effects.async {
            let result = runner.run(effect)
            if case .effectFailed(let detail) = result { log("effect failed: \(detail)") }
            inbox.answer(result)
        }
    }

    private func millisecondsToNextSecond() -> Int {
        let fraction = now().timeIntervalSince1970.truncatingRemainder(dividingBy: 1)
        return Int((1 - fraction) * 1000) + 1
    }

    private func waitForEffects(seconds: Double) {
        let done = DispatchSemaphore(value: 0)
        effects.async { done.signal() }
        _ = done.wait(timeout: .now() + seconds)
    }
}
