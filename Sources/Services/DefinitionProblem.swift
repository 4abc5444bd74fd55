/// One thing wrong with a service definition file: which file, which field (when the problem sits
/// in one), and why, in words the person editing the file can act on.
public struct DefinitionProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file name, e.g. `domicile-certificate.json`.
    public let file: String
    /// The form field's id (or a key path such as `steps[2].fields[0]` when the field has no id);
    /// nil when the problem is about the service as a whole.
    public let field: String?
    public let reason: String

    /// A problem in `file`, optionally inside one `field`.
    public init(file: String, field: String? = nil, reason: String) {
        self.file = file
        self.field = field
        self.reason = reason
    }

    /// `domicile-certificate.json: field 'x': reason`, or `domicile-certificate.json: reason`.
    public var description: String {
        if let field { "\(file): field '\(field)': \(reason)" } else { "\(file): \(reason)" }
    }
}
