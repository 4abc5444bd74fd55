import Foundation

/// Writes a secret file mode 0600 (its folder 0700) whatever the umask: a temporary file opened with
/// mode 0600, `fchmod` to be sure, written, synced, then renamed over the target.
enum PrivateFile {
    static func write(_ data: Data, to url: URL) throws(DeviceKeys.Problem) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw DeviceKeys.Problem(description: "cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        let temporary = url.path + ".tmp"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw DeviceKeys.Problem(description: "cannot write \(temporary): \(String(cString: strerror(errno)))") }
        fchmod(fd, 0o600)
        let written = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd)
        close(fd)
        guard written == data.count, synced == 0, rename(temporary, url.path) == 0 else {
            unlink(temporary)
            throw DeviceKeys.Problem(description: "cannot write \(url.path): \(String(cString: strerror(errno)))")
        }
    }
}
