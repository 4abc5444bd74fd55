/// The wire form of a `SyncChange`, key for key what protocol version 1 has always sent: `id`, `kind`,
/// and the one part the kind names (absent parts are left out, never written as `null`).
extension SyncChange: Codable {
    private enum Key: String, CodingKey {
        case id, kind, status, citizen, signer, revocation, pin
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let id = try container.decode(Int64.self, forKey: .id)
        let kind = try container.decode(SyncChangeKind.self, forKey: .kind)
        switch kind {
        case .applicationStatus:
            self.init(id: id, kind: kind, status: try container.decodeIfPresent(StatusChange.self, forKey: .status))
        case .citizen:
            self.init(id: id, kind: kind, citizen: try container.decodeIfPresent(RegistryRecord.self, forKey: .citizen))
        case .trustedSigner, .signerRemoved:
            self.init(id: id, kind: kind, signer: try container.decodeIfPresent(TrustedSignerRecord.self, forKey: .signer))
        case .passRevoked:
            self.init(id: id, kind: kind, revocation: try container.decodeIfPresent(PassRevocation.self, forKey: .revocation))
        case .pin:
            self.init(id: id, kind: kind, pin: try container.decodeIfPresent(PINRecord.self, forKey: .pin))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .applicationStatus(_, let status): try container.encode(status, forKey: .status)
        case .citizen(_, let record): try container.encode(record, forKey: .citizen)
        case .trustedSigner(_, let signer), .signerRemoved(_, let signer): try container.encode(signer, forKey: .signer)
        case .passRevoked(_, let revocation): try container.encode(revocation, forKey: .revocation)
        case .pin(_, let record): try container.encode(record, forKey: .pin)
        case .incomplete: break
        }
    }
}
