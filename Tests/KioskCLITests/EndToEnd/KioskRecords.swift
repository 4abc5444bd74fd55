import Foundation

/// What a data folder holds, read the back office's way: `applications list --json` and
/// `applications outbox --json` (the tests link no database code).
enum KioskRecords {
    /// One `applications list --json` entry.
    struct Application: Decodable {
        let id: String
        let tracking: String
        let service: String
        let cnic: String
        let status: String
        let fee: Int
    }

    /// One `applications outbox --json` entry.
    struct OutboxOperation: Decodable {
        let opId: String
        let kioskId: String
        let sequence: Int
        let kind: String
        let entityId: String
        let acknowledgedAt: String?
    }

    /// Every application in `data`, newest first.
    static func applications(in data: URL) throws -> [Application] {
        try decode(["applications", "list", "--json", "--limit", "1000000", "--data", data.path])
    }

    /// Every outbox operation in `data`, in sequence order.
    static func outbox(in data: URL) throws -> [OutboxOperation] {
        try decode(["applications", "outbox", "--json", "--data", data.path])
    }

    private static func decode<T: Decodable>(_ arguments: [String]) throws -> [T] {
        let result = try CLIRunner.run(arguments)
        guard result.status == 0 else { throw CLITestError("\(arguments.prefix(2).joined(separator: " ")) failed: \(result.stderr)") }
        return try JSONDecoder().decode([T].self, from: Data(result.stdout.utf8))
    }
}
