/// Says what is wrong with a JSON body in words, naming the field — never quoting a value (a value
/// could be a CNIC), never a Swift type dump.
enum DecodingErrorWords {
    static func words(for error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "\(subject(context.codingPath + [key])) is missing"
        case .valueNotFound(_, let context):
            return "\(subject(context.codingPath)) is null"
        case .typeMismatch(let type, let context):
            return "\(subject(context.codingPath)) should be \(kind(of: type))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not JSON" : "\(subject(context.codingPath)) has a value that is not allowed"
        @unknown default:
            return "it does not have the expected shape"
        }
    }

    /// `the field operations[3].sequence`; `the body` for the empty path.
    static func subject(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "the body" : "the field " + path(keys)
    }

    /// `operations[3].sequence`.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + String(key.stringValue.prefix(40))
            }
        }
        return text
    }

    static func kind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is Int32.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : (String(describing: type).hasPrefix("Dictionary") ? "an object" : "another type")
        }
    }
}
