/// The expected shape of a service definition file, key by key: what the schema walk checks
/// before the file is decoded. Mirrors the `Codable` model in ServiceDefinition.swift.
indirect enum DefinitionShape: Sendable {
    case string
    case integer
    case boolean
    /// A text from a fixed list (field kinds, prefill sources, rule kinds).
    case oneOf([String])
    /// Keys → shapes; `required` names the keys that must be present.
    case object([String: DefinitionShape], required: Set<String>)
    case list(DefinitionShape)
    /// Any keys, each to a whole number (fee by choice).
    case integerMap

    static let localized = DefinitionShape.object(["en": .string, "ur": .string, "ps": .string, "ur-Latn": .string], required: ["en", "ur"])

    static let option = DefinitionShape.object(["value": .string, "label": .localized], required: ["value", "label"])

    static let field = DefinitionShape.object([
        "id": .string, "label": .localized, "hint": .localized,
        "kind": .oneOf(FieldKind.allCases.map(\.rawValue)), "required": .boolean,
        "prefill": .oneOf(PrefillSource.allCases.map(\.rawValue)),
        "pattern": .string, "patternMessage": .localized,
        "minimumLength": .integer, "maximumLength": .integer, "minimum": .integer, "maximum": .integer,
        "notBefore": .string, "notAfter": .string, "options": .list(.option),
    ], required: ["id", "label", "kind", "required"])

    static let step = DefinitionShape.object(
        ["id": .string, "title": .localized, "fields": .list(.field)],
        required: ["id", "title", "fields"]
    )

    static let rule = DefinitionShape.object([
        "kind": .oneOf(CrossFieldRule.Kind.allCases.map(\.rawValue)),
        "field": .string, "other": .string, "equals": .string, "message": .localized,
    ], required: ["kind", "field", "other", "message"])

    static let service = DefinitionShape.object([
        "format": .integer, "id": .string, "version": .integer, "title": .localized, "summary": .localized,
        "eligibility": .object(["minimumAge": .integer, "khyberPakhtunkhwaOnly": .boolean], required: ["khyberPakhtunkhwaOnly"]),
        "fee": .object(
            ["amount": .integer, "byField": .string, "byChoice": .integerMap, "payment": .localized],
            required: ["amount", "payment"]
        ),
        "processing": .object(
            ["minimumWorkingDays": .integer, "maximumWorkingDays": .integer],
            required: ["minimumWorkingDays", "maximumWorkingDays"]
        ),
        "documents": .list(.localized), "collection": .localized,
        "steps": .list(.step), "rules": .list(.rule),
    ], required: ["format", "id", "version", "title", "summary", "eligibility", "fee", "processing", "documents", "collection", "steps", "rules"])
}
