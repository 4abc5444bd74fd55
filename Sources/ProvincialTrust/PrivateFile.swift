import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files only their owner can read (0600), whatever the umask: keys and trust bundles.
public enum PrivateFile {
    /// Why a private file could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Creates `url` exclusively (fails if it exists), mode 0600, and writes `data`.
    public static func writeNew(_ data: Data, to url: URL) throws {
        try write(data, to: url, flags: O_WRONLY | O_CREAT | O_EXCL)
    }

    /// Replaces `url` atomically (a temporary file 0600 in the same folder, then rename).
    public static func replace(_ data: Data, at url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        unlink(temporary.path)
        try write(data, to: temporary, flags: O_WRONLY | O_CREAT | O_EXCL)
        guard rename(temporary.path, url.path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary.path)
            throw WriteError(description: "cannot move \(temporary.path) to \(url.path): \(why)")
        }
    }

    private static func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, pointer, count)
        #else
        Darwin.write(fd, pointer, count)
        #endif
    }

    private static func write(_ data: Data, to url: URL, flags: Int32) throws {
        let fd = open(url.path, flags, 0o600)
        guard fd >= 0 else {
            let why = errno == EEXIST ? "it already exists" : String(cString: strerror(errno))
            throw WriteError(description: "cannot create \(url.path): \(why)")
        }
        defer { close(fd) }
        guard fchmod(fd, 0o600) == 0 else { throw WriteError(description: "cannot make \(url.path) private: \(String(cString: strerror(errno)))") }
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { throw WriteError(description: "cannot write \(url.path): \(String(cString: strerror(errno)))") }
            offset += written
        }
        guard fsync(fd) == 0 else { throw WriteError(description: "cannot flush \(url.path): \(String(cString: strerror(errno)))") }
    }
}
