import Foundation

/// The first 100 bytes of an SQLite file, read without SQLite, to refuse non-databases and cut-short
/// files before any connection (which could change them) is opened.
struct DatabaseFileHeader {
    let pageSize: Int
    /// Pages the header says the file has; nil when that field is stale (old writers).
    let pageCount: Int?
    let applicationID: Int32

    private static let magic = Array("SQLite format 3\0".utf8)

    /// What a look at the file's first bytes tells.
    enum Verdict {
        case empty
        case header(DatabaseFileHeader)
        case notSQLite
    }

    /// Reads the header of the file at `url`.
    static func read(_ url: URL) throws -> Verdict {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let bytes = [UInt8](try handle.read(upToCount: 100) ?? Data())
        if bytes.isEmpty { return .empty }
        guard bytes.count == 100, Array(bytes[0..<16]) == magic else { return .notSQLite }
        func uint32(_ offset: Int) -> UInt32 {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
        }
        let rawPageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { return .notSQLite }
        let countIsValid = uint32(24) == uint32(92) && uint32(28) > 0
        return .header(DatabaseFileHeader(
            pageSize: pageSize, pageCount: countIsValid ? Int(uint32(28)) : nil,
            applicationID: Int32(bitPattern: uint32(68))
        ))
    }

    /// True when the file is shorter than the pages its header counts (and no write-ahead log could hold them).
    func isCutShort(fileSize: Int) -> Bool {
        guard let pageCount else { return false }
        return fileSize < pageCount * pageSize
    }
}
