import CentralStore
import CommandLineSupport

extension CLIError {
    /// A storage error in its own words.
    init(_ error: CentralStorageError) { self.init(error.description) }
}
