import TextSafety

/// A failure told to the person at the command line in one plain sentence (no stack trace), exit code 1.
/// The sentence is made safe for a terminal: text from data (a kiosk id, a file name) cannot carry
/// escape sequences onto the operator's screen.
public struct CLIError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = TextSanitizer.forTerminal(description)
    }
}
