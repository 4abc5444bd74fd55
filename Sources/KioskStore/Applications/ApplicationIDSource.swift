import Foundation

/// Where the ids of new applications and their outbox operations come from: the process's UUIDv7
/// generator (`ApplicationIDSource.uuidV7`), or a source a test or a benchmark gives.
public struct ApplicationIDSource: Sendable {
    /// The next id for something made at the instant given (text that sorts by time).
    public var next: @Sendable (Date) -> String

    /// A source from a closure.
    public init(next: @escaping @Sendable (Date) -> String) {
        self.next = next
    }

    /// Version 7 UUIDs from the one process-wide generator: every id sorts after the last.
    public static let uuidV7 = ApplicationIDSource { SharedUUIDv7.shared.next(at: $0) }
}
