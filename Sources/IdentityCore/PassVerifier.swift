import Crypto
import Foundation

/// The outcome of checking a scanned pass offline; each failure has its own case and plain words.
public enum PassVerdict: Equatable, Sendable {
    case valid(PassClaims)
    case expired(PassClaims)
    case notYetValid(PassClaims)
    case revoked(PassClaims)
    case unknownSigner(keyID: UInt8)
    /// Signed by a key the trust bundle once listed and no longer does.
    case issuerRemoved(PassClaims)
    /// Signed by a bundle issuer whose verify window has closed.
    case issuerRetired(PassClaims)
    /// Issued on a day after the issuer's signing window closed.
    case signedAfterWindow(PassClaims)
    case badSignature
    case malformed(PassFormat.MalformedReason)

    /// Only `.valid` lets a citizen in.
    public var isValid: Bool { if case .valid = self { true } else { false } }

    /// The claims, when the signature checked out (valid, expired, not yet valid, revoked).
    public var claims: PassClaims? {
        switch self {
        case .valid(let c), .expired(let c), .notYetValid(let c), .revoked(let c), .issuerRemoved(let c), .issuerRetired(let c),
             .signedAfterWindow(let c): c
        case .unknownSigner, .badSignature, .malformed: nil
        }
    }

    /// A short machine name: `valid`, `expired`, `not-yet-valid`, `revoked`, `unknown-signer`, `bad-signature`, `malformed`.
    public var code: String {
        switch self {
        case .valid: "valid"
        case .expired: "expired"
        case .notYetValid: "not-yet-valid"
        case .revoked: "revoked"
        case .unknownSigner: "unknown-signer"
        case .issuerRemoved: "issuer-removed"
        case .issuerRetired: "issuer-retired"
        case .signedAfterWindow: "signed-after-window"
        case .badSignature: "bad-signature"
        case .malformed: "malformed"
        }
    }

    /// What to tell a citizen or operator, in plain words.
    public var explanation: String {
        switch self {
        case .valid(let c): "This Khyber Pass is valid until \(c.expiresOn.display)."
        case .expired(let c): "This Khyber Pass expired on \(c.expiresOn.display). Ask at the counter for a new one."
        case .notYetValid(let c): "This Khyber Pass starts on \(c.issuedOn.display). Check the kiosk's clock, or ask at the counter."
        case .revoked: "This Khyber Pass was cancelled. A newer one was issued, or ask at the counter."
        case .unknownSigner: "This pass was signed by an office this kiosk does not know. Ask at the counter."
        case .issuerRemoved: "This pass was signed with a key the province no longer trusts. Ask at the counter for a new one."
        case .issuerRetired: "This pass was signed with a key the province has retired. Ask at the counter for a new one."
        case .signedAfterWindow: "This pass was issued after its office's key stopped signing. Ask at the counter."
        case .badSignature: "This pass has been changed or copied wrongly. It cannot be used."
        case .malformed(let why): "This is not a Khyber Pass: \(why)."
        }
    }
}

/// Checks pass text offline against a trust list and the clock.
public struct PassVerifier: Sendable {
    public var trustList: TrustList
    /// How far the kiosk's clock may be off before "not yet valid" or "expired" is declared.
    public var clockSkew: TimeInterval

    public init(trustList: TrustList, clockSkew: TimeInterval = 10 * 60) {
        self.trustList = trustList
        self.clockSkew = clockSkew
    }

    /// Format first, then the signature with every trusted key of that id (then with keys since removed), then the
    /// issuer's windows, then revocation, then dates.
    public func verify(_ text: String, now: Date) -> PassVerdict {
        let parts: (payload: [UInt8], signature: [UInt8])
        let claims: PassClaims
        do {
            parts = try PassFormat.split(text)
            claims = try PassFormat.claims(fromPayload: parts.payload)
        } catch {
            return .malformed(error)
        }
        let candidates = trustList.signers(withKeyID: claims.keyID)
        let message = PassFormat.signedMessage(payload: parts.payload)
        guard let signer = candidates.first(where: { $0.publicKey.isValidSignature(parts.signature, for: message) }) else {
            if trustList.formerSigners.contains(where: { $0.isValidSignature(parts.signature, for: message) }) { return .issuerRemoved(claims) }
            return candidates.isEmpty ? .unknownSigner(keyID: claims.keyID) : .badSignature
        }
        if let verifyUntil = signer.verifyUntil, now.addingTimeInterval(-clockSkew) > verifyUntil { return .issuerRetired(claims) }
        if let signUntil = signer.signUntil, CalendarDate(pakistanDayOf: signUntil) < claims.issuedOn { return .signedAfterWindow(claims) }
        if trustList.isRevoked(claims, signedBy: signer) { return .revoked(claims) }
        if now.addingTimeInterval(clockSkew) < claims.issuedOn.startInstant { return .notYetValid(claims) }
        if now.addingTimeInterval(-clockSkew) >= claims.expiresOn.adding(days: 1).startInstant { return .expired(claims) }
        return .valid(claims)
    }
}
