import Foundation
import IdentityCore

/// The operator exit password as the config stores it: `scrypt$<log2 N>$<salt Base64>$<hash Base64>`.
struct OperatorPassword {
    let credential: PINCredential

    init?(encoded: String) {
        let parts = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "scrypt", let cost = Int(parts[1]), (10...20).contains(cost),
              let salt = Data(base64Encoded: String(parts[2])), salt.count >= 16,
              let hash = Data(base64Encoded: String(parts[3])), hash.count == 32 else { return nil }
        credential = PINCredential(hash: hash, salt: salt, costLog2: cost)
    }

    /// Hashes a new password with a fresh salt.
    static func encode(_ password: String) throws -> String {
        let credential = try PINCredential.make(pin: password)
        return "scrypt$\(credential.costLog2)$\(credential.salt.base64EncodedString())$\(credential.hash.base64EncodedString())"
    }

    func matches(_ password: String) -> Bool { credential.matches(password) }
}
