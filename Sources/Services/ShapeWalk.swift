/// Walks a parsed JSON file against `DefinitionShape` and reports every unknown key, missing key,
/// wrong type and unknown kind, each with the form field it sits in (when it sits in one).
struct ShapeWalk {
    let file: String
    private(set) var problems: [DefinitionProblem] = []

    init(file: String) { self.file = file }

    /// Checks the whole file.
    mutating func walk(_ value: JSONValue) {
        walk(value, .service, path: "", field: nil)
    }

    private mutating func report(_ path: String, _ field: String?, _ reason: String) {
        let place = path.isEmpty ? "" : "\(path): "
        problems.append(DefinitionProblem(file: file, field: field, reason: place + reason))
    }

    private mutating func walk(_ value: JSONValue, _ shape: DefinitionShape, path: String, field: String?) {
        switch shape {
        case .string:
            guard case .string = value else { return report(path, field, "should be a text, not \(value.kindWords)") }
        case .integer:
            guard case .int = value else { return report(path, field, "should be a whole number, not \(value.kindWords)") }
        case .boolean:
            guard case .bool = value else { return report(path, field, "should be true or false, not \(value.kindWords)") }
        case .oneOf(let allowed):
            guard case .string(let text) = value else { return report(path, field, "should be a text, not \(value.kindWords)") }
            if !allowed.contains(text) {
                report(path, field, "unknown value '\(Quoted.safe(text))' (use one of: \(allowed.joined(separator: ", ")))")
            }
        case .integerMap:
            guard case .object(let entries) = value else { return report(path, field, "should be an object of whole numbers, not \(value.kindWords)") }
            for key in entries.keys.sorted() {
                guard case .int = entries[key]! else {
                    report(join(path, key), field, "should be a whole number, not \(entries[key]!.kindWords)")
                    continue
                }
            }
        case .list(let element):
            guard case .array(let items) = value else { return report(path, field, "should be a list, not \(value.kindWords)") }
            for (index, item) in items.enumerated() {
                let itemPath = "\(path)[\(index)]"
                if path.hasSuffix("fields"), case .object(let object) = item {
                    // Inside a form field: name the field by its id, paths relative to it.
                    var id: String? = nil
                    if case .string(let text)? = object["id"], !text.isEmpty { id = Quoted.safe(text) }
                    walk(item, element, path: "", field: id ?? itemPath)
                } else {
                    walk(item, element, path: itemPath, field: field)
                }
            }
        case .object(let keys, let required):
            guard case .object(let entries) = value else { return report(path, field, "should be an object, not \(value.kindWords)") }
            for key in required.sorted() where entries[key] == nil {
                report(path, field, "missing key '\(key)'")
            }
            for key in entries.keys.sorted() {
                guard let inner = keys[key] else {
                    let hint = Suggestion.closest(to: key, among: Array(keys.keys)).map { " (did you mean '\($0)'?)" } ?? ""
                    report(path, field, "unknown key '\(Quoted.safe(key))'\(hint)")
                    continue
                }
                walk(entries[key]!, inner, path: join(path, key), field: field)
            }
        }
    }

    private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}
