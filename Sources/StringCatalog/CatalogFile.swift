import Foundation

/// The JSON of one catalog file:
///
///     {"format": 1, "language": "ur", "name": "اردو", "direction": "rtl", "script": "Arab",
///      "fallback": "ur-Latn", "strings": {"home.title": "…", "greeting": "السلام علیکم، {name}"}}
struct CatalogFile: Decodable {
    let format: Int
    let language: String
    let name: String
    let direction: TextDirection
    let script: String
    let fallback: String?
    let strings: [String: String]
}

/// Why catalog files could not be read.
public struct CatalogLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, by name.
    public let file: String
    /// What is wrong, in plain words.
    public let reason: String

    /// An error about `file`.
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}

extension CatalogSet {
    /// Reads every `*.json` in `folder` (the file name without `.json` must be its `language`).
    public static func load(folder: URL) throws(CatalogLoadError) -> CatalogSet {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }
        } catch {
            throw CatalogLoadError(file: folder.path, reason: "the folder of string catalogs cannot be read")
        }
        var catalogs: [StringCatalog] = []
        for file in files { catalogs.append(try read(file)) }
        guard catalogs.contains(where: { $0.code == referenceCode }) else {
            throw CatalogLoadError(file: folder.path, reason: "there is no \(referenceCode).json, the catalog every other is checked against")
        }
        return CatalogSet(catalogs)
    }

    /// One file, checked for what the kiosk relies on (the rest is `problems()`'s job).
    static func read(_ file: URL) throws(CatalogLoadError) -> StringCatalog {
        let name = file.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: file) } catch { throw CatalogLoadError(file: name, reason: "cannot be read") }
        guard data.count <= 1_000_000 else { throw CatalogLoadError(file: name, reason: "is larger than 1 MB") }
        let decoded: CatalogFile
        do { decoded = try JSONDecoder().decode(CatalogFile.self, from: data) } catch {
            throw CatalogLoadError(file: name, reason: "is not a string catalog (\(Self.words(for: error)))")
        }
        guard decoded.format == 1 else { throw CatalogLoadError(file: name, reason: "has format \(decoded.format); this kiosk reads format 1") }
        guard decoded.language == file.deletingPathExtension().lastPathComponent else {
            throw CatalogLoadError(file: name, reason: "says it is \"\(decoded.language)\"; the file must be named after its language")
        }
        return StringCatalog(
            code: decoded.language, name: decoded.name, direction: decoded.direction,
            needsArabicScript: decoded.script == "Arab", fallback: decoded.fallback, texts: decoded.strings)
    }

    private static func words(for error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "\"\(key.stringValue)\" is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? "not valid JSON" : "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" is not valid"
        default: "not valid JSON"
        }
    }
}
