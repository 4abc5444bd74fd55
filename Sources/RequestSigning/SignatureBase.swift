/// The parts of an HTTP request a signature base reads (RFC 9421 §2): the derived components this
/// subset knows (`@method`, `@path`, `@authority`) and header fields by lowercase name.
public struct SignedRequestParts: Sendable {
    public var method: String
    /// The target's path, as sent (no query).
    public var path: String
    /// Host and port as the request named them (only needed when a signature covers `@authority`).
    public var authority: String?
    /// Header field values by lowercase name; several lines of one field joined with `, `.
    public var fields: [String: String]

    public init(method: String, path: String, authority: String? = nil, fields: [String: String]) {
        self.method = method
        self.path = path
        self.authority = authority
        self.fields = fields
    }
}

/// Builds the RFC 9421 §2.5 signature base: one line `"<component>": <value>` per covered component,
/// then `"@signature-params": <serialised parameters>`, joined by LF with no trailing LF.
public enum SignatureBase {
    /// Why a base could not be built.
    public enum Problem: Error, Equatable, Sendable {
        /// The signature covers something the request does not have (or this subset does not know).
        case missingComponent(String)
        /// A component is listed twice.
        case duplicateComponent(String)
    }

    /// The base as UTF-8 bytes.
    public static func make(_ parameters: SignatureParameters, for request: SignedRequestParts) throws(Problem) -> [UInt8] {
        var lines: [String] = []
        var seen = Set<String>()
        for component in parameters.components {
            guard seen.insert(component).inserted else { throw .duplicateComponent(component) }
            let value: String? = switch component {
            case "@method": request.method.uppercased()
            case "@path": request.path.isEmpty ? "/" : request.path
            case "@authority": request.authority?.lowercased()
            case let name where name.hasPrefix("@"): nil
            default: request.fields[component].map(Self.trimmed)
            }
            guard let value, !value.contains("\n"), !value.contains("\r") else { throw .missingComponent(component) }
            lines.append(StructuredFields.string(component) + ": " + value)
        }
        lines.append("\"@signature-params\": " + parameters.serialized)
        return Array(lines.joined(separator: "\n").utf8)
    }

    /// Leading and trailing spaces and tabs removed (RFC 9421 §2.1).
    private static func trimmed(_ value: String) -> String {
        var scalars = Substring(value)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
