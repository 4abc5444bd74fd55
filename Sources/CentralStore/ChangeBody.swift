import Foundation
import SyncProtocol

/// The `body` column of a change-log row: the JSON of the one part of a `SyncChange` its kind names.
enum ChangeBody {
    /// The JSON text of `part`.
    static func encode<Part: Encodable>(_ part: Part) throws(CentralStorageError) -> String {
        do {
            return String(decoding: try SyncWire.encoder().encode(part), as: UTF8.self)
        } catch {
            throw .invalid("a change could not be written as JSON")
        }
    }

    /// The change a stored row describes.
    static func decode(id: Int64, kind: String, body: String) throws(CentralStorageError) -> SyncChange {
        guard let kind = SyncChangeKind(rawValue: kind) else {
            throw .unavailable("change \(id) has an unknown kind \"\(kind.prefix(40))\"")
        }
        let data = Data(body.utf8)
        let decoder = SyncWire.decoder()
        do {
            switch kind {
            case .applicationStatus:
                return SyncChange(id: id, kind: kind, status: try decoder.decode(StatusChange.self, from: data))
            case .citizen:
                return SyncChange(id: id, kind: kind, citizen: try decoder.decode(RegistryRecord.self, from: data))
            case .trustedSigner, .signerRemoved:
                return SyncChange(id: id, kind: kind, signer: try decoder.decode(TrustedSignerRecord.self, from: data))
            case .passRevoked:
                return SyncChange(id: id, kind: kind, revocation: try decoder.decode(PassRevocation.self, from: data))
            case .pin:
                return SyncChange(id: id, kind: kind, pin: try decoder.decode(PINRecord.self, from: data))
            }
        } catch {
            throw .unavailable("change \(id) (\(kind.rawValue)) has a body that does not parse")
        }
    }

    /// The page size a pull gets: `limit` capped at `SyncWire.maxChangesPerPull`, at least 1.
    static func pageSize(_ limit: Int) -> Int {
        max(1, min(limit, SyncWire.maxChangesPerPull))
    }
}
