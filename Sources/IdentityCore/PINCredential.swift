import Crypto
import CryptoExtras
import Foundation

/// A citizen's PIN as stored: never the digits, only a salted scrypt hash, plus the lock-out state.
public struct PINCredential: Hashable, Sendable, Codable {
    /// scrypt output (32 bytes).
    public var hash: Data
    /// Per-citizen random salt (16 bytes).
    public var salt: Data
    /// scrypt cost as log2(N); r = 8, p = 1.
    public var costLog2: Int
    /// Wrong PINs in a row since the last success or lock-out.
    public var failedAttempts: Int
    /// While in the future, every PIN is refused without being checked.
    public var lockedUntil: Date?

    public init(hash: Data, salt: Data, costLog2: Int, failedAttempts: Int = 0, lockedUntil: Date? = nil) {
        self.hash = hash
        self.salt = salt
        self.costLog2 = costLog2
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
    }

    /// The default cost: 2^14 (about 16 MiB and tens of milliseconds per try).
    public static let defaultCostLog2 = 14

    /// Hashes a new PIN with a fresh random salt.
    public static func make(pin: String, costLog2: Int = defaultCostLog2) throws -> PINCredential {
        var salt = Data(count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: 0...255, using: &generator) }
        return try make(pin: pin, salt: salt, costLog2: costLog2)
    }

    /// Hashes a PIN with a given salt (deterministic seeds and tests).
    public static func make(pin: String, salt: Data, costLog2: Int = defaultCostLog2) throws -> PINCredential {
        PINCredential(hash: try derive(pin: pin, salt: salt, costLog2: costLog2), salt: salt, costLog2: costLog2)
    }

    /// True when `pin` hashes to the stored value (constant-time comparison).
    public func matches(_ pin: String) -> Bool {
        guard let candidate = try? PINCredential.derive(pin: pin, salt: salt, costLog2: costLog2),
              candidate.count == hash.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(candidate, hash) { difference |= a ^ b }
        return difference == 0
    }

    static func derive(pin: String, salt: Data, costLog2: Int) throws -> Data {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(pin.utf8), salt: salt, outputByteCount: 32,
            rounds: 1 << costLog2, blockSize: 8, parallelism: 1
        )
        return key.withUnsafeBytes { Data($0) }
    }
}
