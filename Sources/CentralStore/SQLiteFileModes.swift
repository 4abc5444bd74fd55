import Foundation

/// The central's SQLite file and its `-wal`/`-shm` companions hold full CNICs: 0600, owner only,
/// whatever the umask (a new folder for them is made 0700; an existing folder is left as it is, since
/// it may be shared, like `/var/lib`).
enum SQLiteFileModes {
    /// Sets every one of the database's files that exists to 0600.
    static func restrict(path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            _ = chmod(path + suffix, 0o600)
        }
    }
}
