import Crypto
import Foundation
import SyncProtocol

/// Central → kiosk: the acknowledgements for one imported operations bundle, as one `PushResponse` (what the
/// network would have answered), signed by the central. Not sealed: op ids, sequence numbers, outcomes and
/// reasons only — reasons never carry a CNIC.
public enum FieldReceiptBundle {
    /// The receipt's bytes for `response`, answering the bundle `answered`.
    public static func make(
        _ response: PushResponse, answering answered: FieldBundleManifest, signer: Curve25519.Signing.PrivateKey, now: Date
    ) throws(FieldBundleRefusal) -> Data {
        let plaintext: Data
        do { plaintext = try SyncWire.encoder().encode(response) } catch { throw .badPayload("the receipt cannot be encoded") }
        var manifest = FieldBundleManifest(kind: .receipt, kioskID: answered.kioskID, createdAt: now)
        manifest.answers = answered.bundleID
        manifest.exportSerial = answered.exportSerial
        manifest.operations = response.acknowledgements.count
        manifest.outcomes = Dictionary(grouping: response.acknowledgements, by: \.outcome.rawValue).mapValues(\.count)
        return try FieldBundleFormat.make(.receipt, manifest: manifest, plaintext: plaintext, sealedTo: nil, signer: signer)
    }

    /// The acknowledgements, after the caller verified the signature.
    public static func open(_ file: FieldBundleFile) throws(FieldBundleRefusal) -> PushResponse {
        guard file.kind == .receipt else { throw .notForHere("this is a \(file.kind) bundle, not a receipt") }
        let plaintext = try file.open(with: nil)
        let response: PushResponse
        do { response = try SyncWire.decoder().decode(PushResponse.self, from: plaintext) } catch { throw .badPayload("the receipt holds no acknowledgements") }
        guard response.acknowledgements.count == file.manifest.operations else { throw .badPayload("the receipt's count does not match its manifest") }
        return response
    }
}
