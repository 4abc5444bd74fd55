import Logging
import TextSafety

/// A log handler that passes every line through `TextSanitizer.forTerminal` before the handler it
/// wraps writes it: no newline, escape or control character in a message or a metadata value (a
/// kiosk id, a path, an error from a database) can start a forged line in central.log or move an
/// operator's cursor when the log is read on a terminal.
struct SanitizedLogHandler: LogHandler {
    var inner: any LogHandler

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        event.message = "\(TextSanitizer.forTerminal(event.message.description))"
        event.metadata = event.metadata.map { Self.clean($0) }
        if let error = event.error { event.error = SanitizedError(text: TextSanitizer.forTerminal(String(describing: error))) }
        inner.log(event: event)
    }

    static func clean(_ metadata: Logger.Metadata) -> Logger.Metadata {
        var cleaned: Logger.Metadata = [:]
        for (key, value) in metadata { cleaned[TextSanitizer.forTerminal(key)] = clean(value) }
        return cleaned
    }

    static func clean(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let text): .string(TextSanitizer.forTerminal(text))
        case .stringConvertible(let item): .string(TextSanitizer.forTerminal(item.description))
        case .array(let items): .array(items.map(clean))
        case .dictionary(let dictionary): .dictionary(clean(dictionary))
        }
    }
}

/// An error's words, sanitised (what a log line shows of it).
private struct SanitizedError: Error, CustomStringConvertible {
    let text: String
    var description: String { text }
}
