import ArgumentParser
import CentralStore
import CommandLineSupport
import Foundation
import SyncProtocol

/// `registry import FILE`: adds or changes registry records from JSON Lines.
struct RegistryImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add or change registry records from a JSON Lines file.",
        discussion: """
        One JSON object per line with the fields cnic (13 digits), nameLatin, nameUrdu, guardianLatin, \
        guardianUrdu, guardianRelation (s/o, d/o, w/o), gender (male, female), birthDate (YYYY-MM-DD), \
        districtCode, tehsil, address, mobile (03XXXXXXXXX) and version (ignored: the central numbers \
        versions itself). Blank lines are skipped.

        The whole file is imported or nothing: a line that is not a valid record stops the import with its \
        line number. Prints how many records changed (a record identical to the stored one is no change); \
        each change reaches the kiosks that carry the record's district on their next pull.
        """
    )

    @Argument(help: "The JSON Lines file.") var file: String
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let (records, lineNumbers) = try Self.read(file)
        guard !records.isEmpty else { throw CLIError("\(file) holds no registry records") }
        let changed: Int
        do {
            changed = try await database.withStorage { storage in try await storage.upsertCitizens(records) }
        } catch let error as CLIError {
            throw CLIError(Self.namingLine(error.description, lineNumbers: lineNumbers, file: file))
        }
        print(Output.safe("Imported \(records.count) registry record\(records.count == 1 ? "" : "s") from \(file): \(changed) changed."))
    }

    /// The records and the line each came from; a bad line is a `CLIError` naming it.
    static func read(_ path: String) throws -> ([RegistryRecord], [Int]) {
        guard FileManager.default.fileExists(atPath: path) else { throw CLIError("there is no file at \(path)") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("\(path) cannot be read: \(error.localizedDescription)")
        }
        let decoder = SyncWire.decoder()
        var records: [RegistryRecord] = []
        var lineNumbers: [Int] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains($0) }) else { continue }
            do {
                records.append(try decoder.decode(RegistryRecord.self, from: Data(line)))
                lineNumbers.append(index + 1)
            } catch let error as DecodingError {
                throw CLIError("\(path) line \(index + 1): \(words(error)); nothing was imported")
            } catch {
                throw CLIError("\(path) line \(index + 1) is not a registry record; nothing was imported")
            }
        }
        return (records, lineNumbers)
    }

    /// The store names a bad record by its position (`registry record 7: …`); say the file's line instead.
    static func namingLine(_ message: String, lineNumbers: [Int], file: String) -> String {
        let prefix = "registry record "
        guard message.hasPrefix(prefix) else { return message }
        let rest = message.dropFirst(prefix.count)
        guard let colon = rest.firstIndex(of: ":"), let position = Int(rest[..<colon]), lineNumbers.indices.contains(position - 1) else {
            return message
        }
        return "\(file) line \(lineNumbers[position - 1])\(rest[colon...]); nothing was imported"
    }

    /// The field that is wrong, never the value (it may be a CNIC).
    static func words(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String { keys.map(\.stringValue).joined(separator: ".") }
        switch error {
        case .keyNotFound(let key, _): return "the field \(key.stringValue) is missing"
        case .valueNotFound(_, let context): return "the field \(path(context.codingPath)) is null"
        case .typeMismatch(_, let context):
            return context.codingPath.isEmpty ? "it is not a JSON object" : "the field \(path(context.codingPath)) has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not JSON" : "the field \(path(context.codingPath)) is not valid"
        @unknown default: return "it is not a registry record"
        }
    }
}
