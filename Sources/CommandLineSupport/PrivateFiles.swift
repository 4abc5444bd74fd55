import Foundation

/// Data files are the owner's alone: 0600 for files, 0700 for folders, whatever the umask the process
/// was started with and whatever mode a folder already had. Both command lines restrict their umask
/// first thing (so SQLite's `-wal`/`-shm` files, atomic-write temporaries and logs are born private),
/// and set the modes again on the files they own (so a file or folder made earlier, by hand or by an
/// older build, is tightened too).
public enum PrivateFiles {
    /// Files 0600, folders 0700 from now on in this process.
    public static func restrictUmask() {
        umask(0o077)
    }

    /// Creates `folder` (and its parents) when missing, then sets it to 0700.
    public static func folder(_ folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CLIError("cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        guard chmod(folder.path, 0o700) == 0 else {
            throw CLIError("cannot make the folder \(folder.path) private (chmod 700): \(String(cString: strerror(errno)))")
        }
    }

    /// Sets `path` to 0600 when it exists.
    public static func file(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard chmod(path, 0o600) == 0 else {
            throw CLIError("cannot make \(path) private (chmod 600): \(String(cString: strerror(errno)))")
        }
    }

    /// A SQLite database and its `-wal`, `-shm` and `-journal` files, 0600 each (those that exist).
    public static func database(_ path: String) throws {
        for suffix in ["", "-wal", "-shm", "-journal"] { try file(path + suffix) }
    }
}
