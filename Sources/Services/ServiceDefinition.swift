/// One provincial service as data (`Assets/services/<id>.json`): who may apply, the steps and fields
/// of its form, what the registry fills in, the fee, the documents to bring and the processing time.
/// Adding a service is adding a file; see docs/service-format.md.
public struct ServiceDefinition: Codable, Hashable, Sendable {
    /// Format of the file itself (1).
    public var format: Int
    /// Stable identifier, lowercase with dashes: `domicile-certificate`.
    public var id: String
    /// The definition's own version: bumped on every change; stored with each application.
    public var version: Int
    public var title: LocalizedText
    /// One line that says what the service gives the citizen.
    public var summary: LocalizedText
    public var eligibility: Eligibility
    public var fee: Fee
    public var processing: ProcessingTime
    public var documents: [LocalizedText]
    /// Where and when to collect the result.
    public var collection: LocalizedText
    public var steps: [FormStep]
    /// Rules across fields (e.g. "to" after "from").
    public var rules: [CrossFieldRule]

    /// Every field of every step, in order.
    public var fields: [FieldDefinition] { steps.flatMap(\.fields) }
}

/// Who may apply.
public struct Eligibility: Codable, Hashable, Sendable {
    /// Minimum age in whole years on the day of applying; nil when any age may apply.
    public var minimumAge: Int?
    /// Only citizens whose registry district is in Khyber Pakhtunkhwa (CNIC province digit 1).
    public var khyberPakhtunkhwaOnly: Bool
}

/// The fee in Pakistani rupees: fixed, or chosen by the answer to one choice field.
public struct Fee: Codable, Hashable, Sendable {
    /// The fee when no `byField` entry applies.
    public var amount: Int
    /// The id of a choice field whose answer picks the fee from `byChoice`.
    public var byField: String?
    /// Choice value → fee.
    public var byChoice: [String: Int]?
    /// How it is paid: "Challan at the bank", etc.
    public var payment: LocalizedText
}

/// "5–7 working days".
public struct ProcessingTime: Codable, Hashable, Sendable {
    public var minimumWorkingDays: Int
    public var maximumWorkingDays: Int

    public init(minimumWorkingDays: Int, maximumWorkingDays: Int) {
        self.minimumWorkingDays = minimumWorkingDays
        self.maximumWorkingDays = maximumWorkingDays
    }
}

/// One screen of the wizard: a title and one field or a small group.
public struct FormStep: Codable, Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var fields: [FieldDefinition]
}

/// One question.
public struct FieldDefinition: Codable, Hashable, Sendable {
    public var id: String
    public var label: LocalizedText
    /// A short hint under the field ("as on your licence card").
    public var hint: LocalizedText?
    public var kind: FieldKind
    public var required: Bool
    /// Filled from the registry and shown read-only; the citizen never retypes it.
    public var prefill: PrefillSource?
    /// Text and number fields: a regular expression the whole answer must match.
    public var pattern: String?
    /// What to say when the pattern does not match ("Licence numbers look like PSH-12345").
    public var patternMessage: LocalizedText?
    public var minimumLength: Int?
    public var maximumLength: Int?
    /// Number fields.
    public var minimum: Int?
    public var maximum: Int?
    /// Date fields, relative to the day of applying: "today", "-18y", "+3m", "-30d".
    public var notBefore: String?
    public var notAfter: String?
    /// Choice fields: the options in order.
    public var options: [ChoiceOption]?
}

/// The kinds of answer a field takes.
public enum FieldKind: String, Codable, Hashable, Sendable, CaseIterable {
    case text, number, date, choice, district, yesNo, declaration
}

/// One option of a choice field.
public struct ChoiceOption: Codable, Hashable, Sendable {
    public var value: String
    public var label: LocalizedText
}

/// What the registry can fill in.
public enum PrefillSource: String, Codable, Hashable, Sendable, CaseIterable {
    case name, fatherName, dateOfBirth, cnic, district, address, mobile, tehsil
}

/// A rule across two fields.
public struct CrossFieldRule: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// Date `field` must be after date `other`.
        case dateAfter
        /// Date `field` must be on or before date `other`.
        case dateNotAfter
        /// When `other` equals `equals`, `field` is required.
        case requiredWhen
    }

    public var kind: Kind
    public var field: String
    public var other: String
    public var equals: String?
    public var message: LocalizedText
}
