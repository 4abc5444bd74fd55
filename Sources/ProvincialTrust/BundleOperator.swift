import Foundation

/// An operator account as the trust bundle carries it to the kiosks of the operator's centre: who the
/// operator is, what they may do, and the slow salted verifier of their secret (never the secret).
public struct BundleOperator: Codable, Hashable, Sendable {
    /// `OP-0042`: 2–32 of A–Z, 0–9 and `-`, starting with a letter (`OperatorIDCheck`).
    public var id: String
    /// The operator's name, for the screen that says who is signed in.
    public var name: String
    /// `operator` or `supervisor` (another word is kept, and the account cannot sign in on this build).
    public var role: String
    /// The facilitation centre (the same words as its kiosks' `centre` in `devices`).
    public var centre: String
    /// `active` or `disabled` (another word means "not active").
    public var status: String
    /// The verifier of the operator's current secret.
    public var credential: BundleOperatorCredential

    public init(id: String, name: String, role: String, centre: String, status: String, credential: BundleOperatorCredential) {
        self.id = id
        self.name = name
        self.role = role
        self.centre = centre
        self.status = status
        self.credential = credential
    }

    /// The status word of an account that may sign in.
    public static let activeStatus = "active"
    /// The status word of a disabled account.
    public static let disabledStatus = "disabled"
}

/// An scrypt verifier (r = 8, p = 1) of an operator's secret, and which secret it is: a first-time code
/// (must be replaced by a password at the first sign-in) or a password. Of two verifiers for one operator,
/// the one with the higher `version` wins, then the later `setAt`.
public struct BundleOperatorCredential: Codable, Hashable, Sendable {
    /// `one-time-code` or `password`.
    public var kind: String
    /// Base64 of the 32-byte scrypt output.
    public var hash: String
    /// Base64 of the salt (16–64 bytes).
    public var salt: String
    /// scrypt cost as log2(N), 10–20.
    public var costLog2: Int
    /// ≥ 1; each new secret of the operator takes the next number.
    public var version: Int64
    /// When the secret was set (ISO 8601 UTC, whole seconds).
    public var setAt: Date
    /// Where: `central`, or `kiosk:<KIOSK-ID>` for a password set at a kiosk.
    public var setBy: String

    public init(kind: String, hash: String, salt: String, costLog2: Int, version: Int64, setAt: Date, setBy: String) {
        self.kind = kind
        self.hash = hash
        self.salt = salt
        self.costLog2 = costLog2
        self.version = version
        self.setAt = setAt
        self.setBy = setBy
    }

    /// The kind word of a first-time code.
    public static let oneTimeCodeKind = "one-time-code"
    /// The kind word of a password.
    public static let passwordKind = "password"
    /// The scrypt costs a verifier may name (a hostile cost must not hang a kiosk).
    public static let costRange = 10...20

    /// True when this verifier is newer than `other` (higher version, then later `setAt`).
    public func isNewer(than other: BundleOperatorCredential) -> Bool {
        (version, setAt.timeIntervalSince1970) > (other.version, other.setAt.timeIntervalSince1970)
    }
}

/// The shape of operator ids, names and centres, checked the same way at the central (hostile input from
/// the command line and the wire) and in every bundle.
public enum OperatorIDCheck {
    /// 2–32 of A–Z, 0–9 and `-`, the first a letter: `OP-0042`.
    public static func isValid(_ id: String) -> Bool {
        guard (2...32).contains(id.unicodeScalars.count), let first = id.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// What an operator types (`op-0042 `) as the id it means (`OP-0042`).
    public static func canonical(_ typed: String) -> String {
        typed.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    }

    /// A name or centre: 1–`TrustBundleLimits.maxTextLength` characters, no control characters, no
    /// bidirectional overrides or isolates (they reorder what a screen shows), no leading or trailing spaces.
    public static func isUsableText(_ text: String) -> Bool {
        !text.isEmpty && text.count <= TrustBundleLimits.maxTextLength
            && text == text.trimmingCharacters(in: .whitespacesAndNewlines)
            && !text.unicodeScalars.contains(where: { scalar in
                let category = scalar.properties.generalCategory
                return category == .control || category == .lineSeparator || category == .paragraphSeparator
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            })
    }
}
