import Foundation
import KioskApp
import Synchronization

/// The one stream of events into the kiosk's loop from everything that is not a key: effect results,
/// the sync engine's badge, a stop signal. Anyone may post from any thread; the loop on the terminal's
/// thread takes them in order. Each post also writes a byte to a pipe, so a loop waiting for a key
/// wakes at once (`wakeDescriptor` is the pipe's read end, to wait on beside the keyboard).
public final class KioskEventInbox: Sendable {
    private let queue = Mutex<[KioskEvent]>([])
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
        queue.withLock { $0.append(event) }
        var byte: UInt8 = 1
        // A full pipe already means "wake up"; nothing is lost by a failed write.
        _ = write(signalDescriptor, &byte, 1)
    }

    /// Every event waiting, oldest first, and empties the wake pipe.
    public func takeAll() -> [KioskEvent] {
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(wakeDescriptor, &scratch, scratch.count) > 0 {}
        return queue.withLock { events in
            defer { events.removeAll(keepingCapacity: true) }
            return events
        }
    }

    /// True when no event waits.
    public var isEmpty: Bool { queue.withLock { $0.isEmpty } }
}
