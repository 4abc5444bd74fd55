import Foundation

/// The rules a manifest keeps before anything else is looked at: its kind matches the kind byte, the
/// fields of its kind are present and in range, the kiosk id is canonical, digests are hex.
enum FieldBundleManifestCheck {
    static func check(_ manifest: FieldBundleManifest, kind: FieldBundleKind, sealed: Bool) throws(FieldBundleRefusal) {
        guard manifest.format == Int(FieldBundleFormat.version) else { throw .corrupt("manifest format \(manifest.format)") }
        guard manifest.kind == kind.description else { throw .corrupt("the manifest says \(manifest.kind.prefix(20)), the kind byte says \(kind)") }
        guard sealed == kind.isSealed, (manifest.recipientKey != nil) == kind.isSealed else { throw .corrupt("a \(kind) bundle must \(kind.isSealed ? "" : "not ")be sealed") }
        guard isKioskID(manifest.kioskID) else { throw .corrupt("the manifest's kiosk id is not a kiosk id") }
        guard isHex(manifest.contentSHA256), manifest.recipientKey.map(isHex) ?? true else { throw .corrupt("a digest in the manifest is not 64 hex digits") }
        guard manifest.payloadBytes >= 0, manifest.payloadBytes <= FieldBundleFormat.maxPayloadBytes else { throw .corrupt("payloadBytes \(manifest.payloadBytes)") }
        switch kind {
        case .operations:
            guard let serial = manifest.exportSerial, serial >= 1, let count = manifest.operations, count >= 0,
                  let cursor = manifest.pullCursor, cursor >= 0, manifest.pullScope != nil,
                  let reply = manifest.replyKey, Data(base64Encoded: reply)?.count == 32 else {
                throw .corrupt("an operations manifest needs exportSerial, operations, pullScope, pullCursor and replyKey")
            }
        case .receipt:
            guard manifest.answers != nil, manifest.outcomes != nil else { throw .corrupt("a receipt manifest needs answers and outcomes") }
        case .changes:
            guard let from = manifest.fromCursor, let next = manifest.nextCursor, from >= 0, next >= from, manifest.changes != nil,
                  manifest.pullScope != nil else {
                throw .corrupt("a changes manifest needs fromCursor ≤ nextCursor, changes and pullScope")
            }
        }
    }

    static func isKioskID(_ text: String) -> Bool {
        (3...32).contains(text.count) && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    static func isHex(_ text: String) -> Bool {
        text.count == 64 && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }
}
