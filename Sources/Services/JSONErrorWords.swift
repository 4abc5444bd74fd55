import Foundation

/// Turns Foundation's JSON errors into "line 3, column 8: Invalid value" for the person editing
/// the file (Foundation reports a character offset; people count lines).
enum JSONErrorWords {
    /// A syntax error found by `JSONSerialization`, or nil when the bytes are well-formed JSON.
    static func syntaxError(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            return describe(error, in: data)
        }
    }

    /// Words for any error from reading JSON, with line and column when the error gives an offset.
    static func describe(_ error: any Error, in data: Data) -> String {
        if let decoding = error as? DecodingError {
            switch decoding {
            case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
                let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                return (path.isEmpty ? "" : "\(path.drop { $0 == "." }): ") + context.debugDescription
            @unknown default:
                return "\(decoding)"
            }
        }
        let nsError = error as NSError
        let debug = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
        guard let range = debug.range(of: "around character "),
              let offset = Int(debug[range.upperBound...].prefix { $0.isNumber }) else { return debug }
        let (line, column) = position(ofByte: offset, in: data)
        let what = debug[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        return "line \(line), column \(column): \(what)"
    }

    /// 1-based line and column of a byte offset (columns count characters, not bytes).
    static func position(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
        let prefix = data.prefix(max(0, offset))
        let lines = prefix.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let last = lines.last.map { String(decoding: $0, as: UTF8.self) } ?? ""
        return (lines.count, last.count + 1)
    }
}
