/// The `@signature-params` of one RFC 9421 signature: what it covers and its parameters, in order.
/// Serialised exactly as they were given (or parsed), because the signature base repeats them byte for byte.
public struct SignatureParameters: Equatable, Sendable {
    /// Covered component identifiers, like `@method` or `content-digest` (lowercase).
    public var components: [String]
    /// Parameters (`created`, `nonce`, `keyid`, `alg`, …) in their order.
    public var parameters: [StructuredFields.Parameter]

    public init(components: [String], parameters: [StructuredFields.Parameter]) {
        self.components = components
        self.parameters = parameters
    }

    /// The kiosk profile: `("@method" "@path" "content-digest");created=…;nonce="…";keyid="…";alg="ed25519"`.
    public static func kiosk(created: Int64, nonce: String, keyID: String) -> SignatureParameters {
        SignatureParameters(
            components: KioskSignatureProfile.components,
            parameters: [
                .init("created", .integer(created)), .init("nonce", .string(nonce)), .init("keyid", .string(keyID)),
                .init("alg", .string(KioskSignatureProfile.algorithm)),
            ]
        )
    }

    /// The inner list as RFC 8941 writes it: the `Signature-Input` member value and the last line of the base.
    public var serialized: String { StructuredFields.innerList(components, parameters: parameters) }

    /// `created` (seconds since 1970), when present as an integer.
    public var created: Int64? { integer("created") }
    /// `nonce`, when present as a string.
    public var nonce: String? { string("nonce") }
    /// `keyid`, when present as a string.
    public var keyID: String? { string("keyid") }
    /// `alg`, when present as a string.
    public var algorithm: String? { string("alg") }

    private func integer(_ key: String) -> Int64? {
        if case .integer(let value)? = parameters.last(where: { $0.key == key })?.value { value } else { nil }
    }

    private func string(_ key: String) -> String? {
        if case .string(let value)? = parameters.last(where: { $0.key == key })?.value { value } else { nil }
    }
}
