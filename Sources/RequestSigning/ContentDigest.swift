import Crypto

/// RFC 9530 `Content-Digest` with SHA-256 only: `sha-256=:<base64 of SHA-256(content)>:`, over the
/// content exactly as sent (after any `Content-Encoding`, so a gzip body is hashed packed).
public enum ContentDigest {
    /// The header's name.
    public static let fieldName = "content-digest"

    /// The header value for `content`.
    public static func header(for content: some Sequence<UInt8>) -> String {
        "sha-256=" + StructuredFields.bytes(SHA256.hash(data: Array(content)))
    }

    /// Why a `Content-Digest` does not vouch for the content.
    public enum Problem: Error, Equatable, Sendable {
        /// Not a dictionary we can read, or no `sha-256` member holding 32 bytes.
        case unreadable(String)
        /// A `sha-256` member that is not the content's digest.
        case mismatch
    }

    /// Checks `field` against `content`: it must hold a `sha-256` member equal to the content's SHA-256
    /// (other algorithms in the field are ignored, as RFC 9530 allows).
    public static func check(_ field: String, content: some Sequence<UInt8>) throws(Problem) {
        let members: [(key: String, value: StructuredFields.Member)]
        do { members = try StructuredFields.parseDictionary(field) } catch { throw .unreadable(error.description) }
        guard let member = members.last(where: { $0.key == "sha-256" }) else { throw .unreadable("it has no sha-256 member") }
        guard case .bytes(let given) = member.value, given.count == 32 else { throw .unreadable("its sha-256 member is not 32 bytes") }
        let actual = Array(SHA256.hash(data: Array(content)))
        // Constant time is not needed for a digest of public content, but costs nothing.
        guard zip(given, actual).reduce(UInt8(0), { $0 | ($1.0 ^ $1.1) }) == 0 else { throw .mismatch }
    }
}
