/// A test's own failure in words (a missing binary, a database that could not be made).
struct SyncTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
