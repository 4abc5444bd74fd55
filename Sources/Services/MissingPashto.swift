/// Where a service definition has no Pashto yet: every `LocalizedText` without `ps`, by its path in the
/// definition (`title`, `steps[1].fields[2].label`…), so `services check` can say what is missing.
public enum MissingPashto {
    /// The paths of the texts without Pashto, in the definition's order.
    public static func paths(in definition: ServiceDefinition) -> [String] {
        var paths: [String] = []
        walk(definition, path: "", into: &paths)
        return paths
    }

    private static func walk(_ value: Any, path: String, into paths: inout [String]) {
        if let text = value as? LocalizedText {
            if text.ps?.isEmpty ?? true { paths.append(path) }
            return
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let wrapped = mirror.children.first { walk(wrapped.value, path: path, into: &paths) }
        case .collection:
            for (index, child) in mirror.children.enumerated() { walk(child.value, path: "\(path)[\(index)]", into: &paths) }
        case .struct, .class:
            for child in mirror.children {
                guard let label = child.label else { continue }
                walk(child.value, path: path.isEmpty ? label : "\(path).\(label)", into: &paths)
            }
        default:
            break
        }
    }
}
