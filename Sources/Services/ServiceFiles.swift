import TextSafety
import Foundation

/// The file side of the catalog: which files in a folder are service definitions, reading them
/// with a size limit, and pulling the id and title out of a broken file for the operator's list.
enum ServiceFiles {
    /// A definition is a few kilobytes; anything past this is refused unread.
    static let maximumBytes = 1_000_000

    struct TooLarge: Error, CustomStringConvertible {
        let bytes: Int
        var description: String { "the file is \(bytes) bytes; a service definition is at most \(ServiceFiles.maximumBytes)" }
    }

    /// The `*.json` files directly in `directory` (not hidden), sorted by name.
    static func list(in directory: URL) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return names
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted()
            .map { directory.appendingPathComponent($0, isDirectory: false) }
    }

    /// The file's bytes, refusing very large files.
    static func read(_ url: URL) throws -> Data {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attributes[.size] as? Int, size > maximumBytes { throw TooLarge(bytes: size) }
        return try Data(contentsOf: url)
    }

    /// The id and title of a definition that did not pass its check, when they can still be read.
    static func identity(of data: Data) -> (id: String?, title: LocalizedText?) {
        guard case .object(let root)? = try? JSONDecoder().decode(JSONValue.self, from: data) else { return (nil, nil) }
        var id: String? = nil
        var title: LocalizedText? = nil
        if case .string(let text)? = root["id"] { id = TextSanitizer.forTerminal(text) }
        if case .object(let parts)? = root["title"], case .string(let en)? = parts["en"], case .string(let ur)? = parts["ur"] {
            title = LocalizedText(en: TextSanitizer.forTerminal(en), ur: TextSanitizer.forTerminal(ur))
        }
        return (id, title)
    }
}
