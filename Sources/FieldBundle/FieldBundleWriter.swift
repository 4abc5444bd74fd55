import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a bundle onto a stick so that a stick pulled out (or a process killed) mid-write never holds a
/// half bundle under a bundle's name: a hidden temporary name in the same folder, every byte written,
/// `fsync`, `rename` to the final name, `fsync` of the folder. A left-over temporary file starts with
/// `.` and ends in `.partial`; importing one is refused as truncated.
///
/// `KHYBER_FIELD_BUNDLE_WRITE_DELAY_MS` (tests only) sleeps that long between 4 KiB chunks, so a test can
/// kill the writer at a random point of a small bundle.
public enum FieldBundleWriter {
    /// Why the bundle could not be written.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Writes `data` as `folder/name`; returns its URL.
    @discardableResult
    public static func write(_ data: Data, to folder: URL, name: String, progress: (@Sendable (Double) -> Void)? = nil) throws(Problem) -> URL {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Problem(description: "\(folder.path) is not a folder (is the stick mounted?)")
        }
        let final = folder.appendingPathComponent(name)
        let temporary = folder.appendingPathComponent(".\(name).\(getpid()).partial")
        unlink(temporary.path)
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw Problem(description: "cannot create a file in \(folder.path): \(String(cString: strerror(errno)))") }
        let delay = ProcessInfo.processInfo.environment["KHYBER_FIELD_BUNDLE_WRITE_DELAY_MS"].flatMap(UInt32.init) ?? 0
        let chunk = delay > 0 ? 4096 : 1 << 20
        let bytes = [UInt8](data)
        var offset = 0
        var failure: Problem?
        while offset < bytes.count {
            let count = min(chunk, bytes.count - offset)
            let written = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, count) }
            guard written > 0 else {
                failure = Problem(description: "cannot write to \(folder.path): \(String(cString: strerror(errno))) (stick full?)")
                break
            }
            offset += written
            progress?(Double(offset) / Double(max(1, bytes.count)))
            if delay > 0 { usleep(delay * 1000) }
        }
        if failure == nil, fsync(fd) != 0 { failure = Problem(description: "cannot flush \(temporary.path): \(String(cString: strerror(errno)))") }
        if let failure {
            close(fd)
            unlink(temporary.path)
            throw failure
        }
        close(fd)
        guard rename(temporary.path, final.path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary.path)
            throw Problem(description: "cannot name \(final.path): \(why)")
        }
        let folderFD = open(folder.path, O_RDONLY | O_DIRECTORY)
        if folderFD >= 0 {
            defer { close(folderFD) }
            guard fsync(folderFD) == 0 else { throw Problem(description: "cannot flush the folder \(folder.path): \(String(cString: strerror(errno)))") }
        }
        return final
    }

    private static func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, pointer, count)
        #else
        Darwin.write(fd, pointer, count)
        #endif
    }

    /// Reads a bundle file, refusing one larger than any bundle can be before reading it all.
    public static func read(_ url: URL) throws(Problem) -> Data {
        var status = stat()
        guard stat(url.path, &status) == 0 else { throw Problem(description: "cannot read \(url.path): \(String(cString: strerror(errno)))") }
        let size = Int(status.st_size)
        guard size <= FieldBundleFormat.maxPayloadBytes + FieldBundleFormat.maxManifestBytes + 1024 else {
            throw Problem(description: "\(url.path) has \(size) bytes: larger than any field bundle")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw Problem(description: "cannot read \(url.path)") }
        return data
    }
}
