/// Where a service definition lacks an optional language: every `LocalizedText` without its Pashto
/// (`ps`) or Roman Urdu (`ur-Latn`), by its path in the definition (`title`, `steps[1].fields[2].label`…),
/// so `services check` can say what is missing.
public enum MissingTranslation {
    /// An optional language a definition's texts may carry.
    public enum Language: Sendable, CaseIterable {
        case pashto, romanUrdu

        /// The JSON key (`ps`, `ur-Latn`).
        public var key: String { self == .pashto ? "ps" : "ur-Latn" }
        /// What a screen shows where the text is missing.
        public var fallback: String { self == .pashto ? "Urdu" : "English" }
        /// The language's name.
        public var name: String { self == .pashto ? "Pashto" : "Roman Urdu" }

        func lacks(_ text: LocalizedText) -> Bool {
            switch self {
            case .pashto: text.ps?.isEmpty ?? true
            case .romanUrdu: text.urLatn?.isEmpty ?? true
            }
        }
    }

    /// The paths of the texts without `language`, in the definition's order.
    public static func paths(in definition: ServiceDefinition, lacking language: Language) -> [String] {
        var paths: [String] = []
        walk(definition, path: "", language: language, into: &paths)
        return paths
    }

    private static func walk(_ value: Any, path: String, language: Language, into paths: inout [String]) {
        if let text = value as? LocalizedText {
            if language.lacks(text) { paths.append(path) }
            return
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let wrapped = mirror.children.first { walk(wrapped.value, path: path, language: language, into: &paths) }
        case .collection:
            for (index, child) in mirror.children.enumerated() { walk(child.value, path: "\(path)[\(index)]", language: language, into: &paths) }
        case .struct, .class:
            for child in mirror.children {
                guard let label = child.label else { continue }
                walk(child.value, path: path.isEmpty ? label : "\(path).\(label)", language: language, into: &paths)
            }
        default:
            break
        }
    }
}
