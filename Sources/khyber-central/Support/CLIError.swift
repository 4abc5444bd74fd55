import CentralStore

/// A failure told to the person at the command line in one plain sentence (no stack trace), exit code 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }

    /// A storage error in its own words.
    init(_ error: CentralStorageError) { self.description = error.description }
}
