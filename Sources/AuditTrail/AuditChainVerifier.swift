import Crypto
import Foundation

/// Walks one kiosk's audit chain entry by entry (in stored order) and names the FIRST break: every entry
/// must name the kiosk, come next in number, carry the device key's signature over its content, and link
/// to the hash of the entry before it (`AuditGenesis` for entry 1). Feed entries one at a time
/// (`check`), so a chain of any length is verified in constant memory.
public struct AuditChainVerifier: Sendable {
    public let kioskID: String
    let publicKey: Curve25519.Signing.PublicKey
    /// The index the next entry must have.
    public private(set) var nextIndex: Int64 = 1
    /// The hash the next entry must link to.
    public private(set) var previousHash: Data
    /// The first break found; once set, later entries are not checked.
    public private(set) var firstBreak: AuditChainBreak?
    /// Entries checked and found good.
    public private(set) var verified: Int64 = 0

    public init(kioskID: String, publicKey: Curve25519.Signing.PublicKey) {
        self.kioskID = kioskID
        self.publicKey = publicKey
        self.previousHash = AuditGenesis.hash(kioskID: kioskID)
    }

    /// Verifies a whole chain; nil when it is intact (up to `expectedLast`, when given).
    public static func firstBreak(
        in entries: some Sequence<AuditEntry>, kioskID: String, publicKey: Curve25519.Signing.PublicKey, expectedLast: Int64? = nil
    ) -> AuditChainBreak? {
        var verifier = AuditChainVerifier(kioskID: kioskID, publicKey: publicKey)
        for entry in entries {
            if verifier.check(entry) != nil { break }
        }
        return verifier.finish(expectedLast: expectedLast)
    }

    /// Checks the next stored entry; returns the first break once there is one.
    @discardableResult
    public mutating func check(_ entry: AuditEntry) -> AuditChainBreak? {
        if let firstBreak { return firstBreak }
        if let problem = problem(entry) {
            firstBreak = problem
            return problem
        }
        previousHash = entry.hash
        nextIndex = entry.index + 1
        verified += 1
        return nil
    }

    /// The first break, counting a chain that ends before `expectedLast` as cut off.
    public func finish(expectedLast: Int64? = nil) -> AuditChainBreak? {
        if let firstBreak { return firstBreak }
        if let expectedLast, expectedLast >= nextIndex { return .truncated(last: nextIndex - 1, expected: expectedLast) }
        return nil
    }

    private func problem(_ entry: AuditEntry) -> AuditChainBreak? {
        if entry.kioskID != kioskID { return .wrongKiosk(index: entry.index, found: entry.kioskID) }
        if entry.index < nextIndex { return .forked(index: entry.index) }
        if !entry.isSigned(by: publicKey) {
            if let signedAs = signedIndex(of: entry) {
                return .outOfPlace(index: entry.index, signedAs: signedAs)
            }
            if entry.index > nextIndex { return .missing(first: nextIndex, last: entry.index - 1) }
            return .changed(index: entry.index)
        }
        if entry.index > nextIndex { return .missing(first: nextIndex, last: entry.index - 1) }
        if entry.previous != previousHash { return .brokenLink(index: entry.index) }
        return nil
    }

    /// The index near the stored one under which the entry's signature does verify (moved entries).
    private func signedIndex(of entry: AuditEntry) -> Int64? {
        let window: Int64 = 8
        for offset in 1...window {
            for candidate in [entry.index - offset, entry.index + offset] where candidate >= 1 {
                if publicKey.isValidSignature(entry.signature, for: AuditCanonicalBytes.make(entry, index: candidate)) { return candidate }
            }
        }
        return nil
    }
}
