import Foundation

/// The rules each bundle operator keeps (see docs/trust-bundle.md); the first broken one is named.
enum OperatorEntryCheck {
    static func check(_ operators: [BundleOperator]) throws(TrustBundleRefusal) {
        var seen = Set<String>()
        for (index, entry) in operators.enumerated() {
            let at = "operator \(index + 1)"
            guard OperatorIDCheck.isValid(entry.id) else { throw .corrupt("\(at) has an id that is not an operator id") }
            guard seen.insert(entry.id).inserted else { throw .corrupt("\(at) repeats an operator id") }
            for text in [entry.name, entry.centre, entry.role, entry.status, entry.credential.kind, entry.credential.setBy] {
                guard OperatorIDCheck.isUsableText(text) else {
                    throw .corrupt("\(at) has an empty field, one longer than \(TrustBundleLimits.maxTextLength) characters, or one with control characters")
                }
            }
            let credential = entry.credential
            guard let hash = Data(base64Encoded: credential.hash), hash.count == 32 else {
                throw .corrupt("\(at)'s credential hash is not Base64 of 32 bytes")
            }
            guard let salt = Data(base64Encoded: credential.salt), (16...64).contains(salt.count) else {
                throw .corrupt("\(at)'s credential salt is not Base64 of 16 to 64 bytes")
            }
            guard BundleOperatorCredential.costRange.contains(credential.costLog2) else {
                throw .corrupt("\(at)'s credential cost \(credential.costLog2) is outside \(BundleOperatorCredential.costRange)")
            }
            guard credential.version >= 1 else { throw .corrupt("\(at)'s credential version is below 1") }
        }
    }
}
