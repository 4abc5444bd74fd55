import Foundation
import SyncProtocol

/// The checks a trust-list signer passes: a hex key id and a base64 32-byte Ed25519 public key.
enum TrustedSignerCheck {
    static func check(_ signer: TrustedSignerRecord) throws(CentralStorageError) {
        try checkKeyID(signer.keyID)
        guard let key = Data(base64Encoded: signer.publicKey), key.count == 32 else {
            throw .invalid("the public key of signer \(signer.keyID) is not base64 of 32 bytes")
        }
    }

    static func checkKeyID(_ keyID: String) throws(CentralStorageError) {
        guard (1...16).contains(keyID.utf8.count), keyID.utf8.allSatisfy({ $0.isHexDigit }) else {
            throw .invalid("the key id \"\(keyID.prefix(40))\" is not 1 to 16 hex digits")
        }
    }
}

private extension UInt8 {
    var isHexDigit: Bool { (0x30...0x39).contains(self) || (0x61...0x66).contains(self) || (0x41...0x46).contains(self) }
}
