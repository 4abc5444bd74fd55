import Foundation
import Logging

/// swift-log's process-wide setup: every log line to stderr, so stdout carries only the output, and
/// every line sanitised first (`SanitizedLogHandler`).
enum CentralLogging {
    private static let once: Void = {
        LoggingSystem.bootstrap { label in SanitizedLogHandler(inner: StreamLogHandler.standardError(label: label)) }
    }()

    /// Idempotent.
    static func bootstrap() { once }
}
