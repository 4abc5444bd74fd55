import CompressNIO
import NIOCore

/// gzip for request and answer bodies (`Content-Encoding: gzip`). A 500-operation push shrinks to about
/// an eighth; bodies under `threshold` bytes are sent as they are (the gzip header would eat the gain).
public enum WireCompression {
    /// Bodies smaller than this are not compressed.
    public static let threshold = 1024
    /// The `Content-Encoding` value.
    public static let gzipEncoding = "gzip"

    /// The gzip form of `body`.
    public static func gzip(_ body: ByteBuffer) throws -> ByteBuffer {
        var input = body
        return try input.compress(with: .gzip())
    }

    /// The bytes a gzip body stands for, at most `maximumBytes` of them.
    public static func gunzip(_ body: ByteBuffer, maximumBytes: Int) throws(WireCompressionError) -> ByteBuffer {
        var input = body
        do {
            return try input.decompress(with: .gzip(), maxSize: maximumBytes)
        } catch let error as CompressNIOError where error == .bufferOverflow {
            throw .tooLarge
        } catch {
            throw .damaged
        }
    }
}

/// Why a gzip body could not be read.
public enum WireCompressionError: Error, Hashable, Sendable {
    /// It unpacks to more than the limit (a zip bomb, or simply too much).
    case tooLarge
    /// It is not gzip, or it is cut short.
    case damaged
}
