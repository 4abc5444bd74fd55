import GRDB

/// A plain connection to a kiosk's file, for a test that damages a row on purpose.
enum GRDBQueue {
    /// Runs `sql` in one transaction on the file at `path`, then closes the connection.
    static func execute(_ sql: String, onFileAt path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }
}
