import Crypto
import Foundation

/// The rules a decoded bundle's content must keep; the first broken one is named.
enum TrustBundleContentCheck {
    static func check(_ content: TrustBundleContent) throws(TrustBundleRefusal) {
        typealias L = TrustBundleLimits
        guard content.format == TrustBundleContent.currentFormat else {
            throw .corrupt("format \(content.format); this build reads format \(TrustBundleContent.currentFormat)")
        }
        guard content.version >= 1 else { throw .corrupt("version \(content.version) is below 1") }
        guard content.expiresAt > content.issuedAt else { throw .corrupt("expiresAt is not after issuedAt") }
        try bound(content.issuers.count, L.maxIssuers, "issuers")
        try bound(content.revokedPasses.count, L.maxRevokedPasses, "revokedPasses")
        try bound(content.revokedBefore.count, L.maxRevokedBefore, "revokedBefore")
        try bound(content.devices.count, L.maxDevices, "devices")
        try bound(content.tlsFingerprints.count, L.maxTLSFingerprints, "tlsFingerprints")
        try bound(content.operators.count, L.maxOperators, "operators")
        var seen = Set<String>()
        for (index, issuer) in content.issuers.enumerated() {
            let at = "issuer \(index + 1)"
            try key(issuer.publicKey, at)
            guard seen.insert(issuer.publicKey).inserted else { throw .corrupt("\(at) repeats a public key") }
            guard (0...255).contains(issuer.keyID) else { throw .corrupt("\(at) has key id \(issuer.keyID); ids are 0–255") }
            try text(issuer.label, at)
            guard issuer.scope == BundleIssuer.centralScope
                || (issuer.scope.hasPrefix("kiosk:") && KioskIDCheck.isValid(String(issuer.scope.dropFirst(6)))) else {
                throw .corrupt("\(at) has scope \"\(String(issuer.scope.prefix(40)).debugDescription.dropFirst().dropLast())\"; a scope is central or kiosk:<KIOSK-ID>")
            }
            guard issuer.verifyUntil >= issuer.signUntil else { throw .corrupt("\(at) stops verifying before it stops signing") }
        }
        for (index, revoked) in content.revokedPasses.enumerated() {
            try key(revoked.issuer, "revoked pass \(index + 1)")
            guard (1...Int64(UInt32.max)).contains(revoked.serial) else { throw .corrupt("revoked pass \(index + 1) has serial \(revoked.serial)") }
        }
        for (index, revoked) in content.revokedBefore.enumerated() {
            try key(revoked.issuer, "revokedBefore \(index + 1)")
            guard revoked.day.count == 10, BundleDay.parse(revoked.day) != nil else {
                throw .corrupt("revokedBefore \(index + 1) has a day that is not YYYY-MM-DD")
            }
        }
        for (index, device) in content.devices.enumerated() {
            let at = "device \(index + 1)"
            guard KioskIDCheck.isValid(device.kioskID) else { throw .corrupt("\(at) has a kiosk id that is not a kiosk id") }
            try key(device.publicKey, at)
            try text(device.centre, at)
            try text(device.status, at)
            try bound(device.districts.count, L.maxDistrictsPerDevice, "\(at)'s districts")
        }
        try OperatorEntryCheck.check(content.operators)
        for (index, fingerprint) in content.tlsFingerprints.enumerated() {
            guard fingerprint.count == 64, fingerprint.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
                throw .corrupt("TLS fingerprint \(index + 1) is not 64 lower-case hex digits (SHA-256)")
            }
        }
    }

    private static func bound(_ count: Int, _ limit: Int, _ what: String) throws(TrustBundleRefusal) {
        guard count <= limit else { throw .corrupt("\(what) lists \(count) entries; at most \(limit)") }
    }

    private static func key(_ base64: String, _ at: String) throws(TrustBundleRefusal) {
        guard let raw = Data(base64Encoded: base64), raw.count == 32, (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
            throw .corrupt("\(at) has a public key that is not Base64 of 32 bytes")
        }
    }

    private static func text(_ value: String, _ at: String) throws(TrustBundleRefusal) {
        guard value.count <= TrustBundleLimits.maxTextLength, !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .corrupt("\(at) has text longer than \(TrustBundleLimits.maxTextLength) characters or with control characters")
        }
    }

    /// Decoding errors in a few words (never the content).
    static func words(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "unreadable" }
        switch error {
        case .keyNotFound(let key, _): return "missing \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "wrong type at \(path(context))"
        case .dataCorrupted(let context): return context.codingPath.isEmpty ? "not JSON" : "bad value at \(path(context))"
        @unknown default: return "unreadable"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
