import Foundation
import KioskApp
import Synchronization

/// The one stream of events into the kiosk's loop from everything that is not a key: effect results,
/// the sync engine's badge, a stop signal. Anyone may post from any thread; the loop on the terminal's
/// thread takes them in order. Each post also writes a byte to a pipe, so a loop waiting for a key
/// wakes at once (`wakeDescriptor` is the pipe's read end, to wait on beside the keyboard).
public final class KioskEventInbox: Sendable {
    private let queue = Mutex<Queue>(Queue())

    private struct Queue {
        var events: [KioskEvent] = []
        var effectsUnanswered = 0
    }
    /// The read end of the wake pipe: readable while events wait.
    public let wakeDescriptor: Int32
    /// The write end, for posting (and for a signal handler, which may only call write(2)).
    public let signalDescriptor: Int32

    /// A new, empty inbox with its wake pipe (both ends non-blocking and closed on exec).
    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
        wakeDescriptor = ends[0]
        signalDescriptor = ends[1]
    }

    deinit {
        if wakeDescriptor >= 0 { close(wakeDescriptor) }
        if signalDescriptor >= 0 { close(signalDescriptor) }
    }

    /// Adds `event` at the end and wakes the loop.
    public func post(_ event: KioskEvent) {
        queue.withLock { $0.events.append(event) }
        // A full pipe already means "wake up"; nothing is lost by a failed write.
        wake()
    }

    /// Counts an effect the loop started; its answer comes through `answer(_:)`.
    public func effectStarted() {
        queue.withLock { $0.effectsUnanswered += 1 }
    }

    /// An effect's answer (nil: it had none): queued and counted answered in one step, so a loop that
    /// sees no effect unanswered has every answer in the queue.
    public func answer(_ event: KioskEvent?) {
        queue.withLock { state in
            if let event { state.events.append(event) }
            state.effectsUnanswered -= 1
        }
        wake()
    }

    /// Effects started and not answered yet.
    public var effectsUnanswered: Int { queue.withLock { $0.effectsUnanswered } }

    /// Wakes the loop with nothing to take.
    public func wake() {
        var byte: UInt8 = 1
        _ = write(signalDescriptor, &byte, 1)
    }

    /// Waits up to `timeoutMilliseconds` for a post (or a wake); true when one came. Takes nothing.
    public func waitForPost(timeoutMilliseconds: Int) -> Bool {
        var descriptor = pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, Int32(clamping: timeoutMilliseconds)) > 0
    }

    /// Every event waiting, oldest first, and empties the wake pipe.
    public func takeAll() -> [KioskEvent] {
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(wakeDescriptor, &scratch, scratch.count) > 0 {}
        return queue.withLock { state in
            defer { state.events.removeAll(keepingCapacity: true) }
            return state.events
        }
    }

    /// True when no event waits.
    public var isEmpty: Bool { queue.withLock { $0.events.isEmpty } }
}
