import Foundation
import GRDB
import IdentityCore
import KioskStore
import SyntheticRegistry
import TestScheduling
import Testing

/// Damaged, foreign and newer files are refused with the right error and left exactly as they were.
@Suite(.cpuBound) struct RegistryFileTests {
    private func expectRefusal(of url: URL, _ matches: (RegistryError) -> Bool) throws {
        let before = try Data(contentsOf: url)
        do {
            _ = try RegistryDatabase(url: url)
            Issue.record("\(url.lastPathComponent) was opened")
        } catch {
            #expect(matches(error), "got \(error)")
            #expect(error.description.contains(url.path), "the message names the file")
        }
        #expect(try Data(contentsOf: url) == before, "the file is untouched")
    }

    @Test func randomBytesAreNotADatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("random.sqlite")
        var generator = SplitMix64(seed: 1)
        try Data((0..<8_192).map { _ in UInt8(truncatingIfNeeded: generator.next()) }).write(to: url)
        try expectRefusal(of: url) { if case .notADatabase = $0 { true } else { false } }
        try Data("hello".utf8).write(to: url)
        try expectRefusal(of: url) { if case .notADatabase = $0 { true } else { false } }
    }

    @Test func truncatedFileIsCorrupted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 1_000)
        try registry.close()
        let url = folder.file("registry.sqlite")
        let whole = try Data(contentsOf: url)
        #expect(whole.count > 100_000)
        try whole.prefix(whole.count / 2).write(to: url)
        try expectRefusal(of: url) { $0 == .corrupted(path: url.path) }
    }

    @Test func damagedPagesAreCorrupted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 1_000)
        try registry.close()
        let url = folder.file("registry.sqlite")
        var bytes = try Data(contentsOf: url)
        for index in stride(from: 4_096, to: bytes.count, by: 4_096) { bytes.replaceSubrange(index..<index + 64, with: Data(repeating: 0xA5, count: 64)) }
        try bytes.write(to: url)
        do {
            let reopened = try RegistryDatabase(url: url)
            _ = try reopened.citizenCount()
            _ = try reopened.search("Muhammad Khan")
            Issue.record("damaged pages went unnoticed")
        } catch {
            #expect(error == .corrupted(path: url.path), "got \(error)")
        }
    }

    @Test func otherApplicationsDatabaseIsForeign() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("other.sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
            try db.execute(sql: "INSERT INTO invoice (amount) VALUES (12.5)")
        }
        try queue.close()
        try expectRefusal(of: url) { if case .foreignDatabase(_, let detail) = $0 { detail.contains("invoice") } else { false } }

        let stamped = try DatabaseQueue(path: url.path)
        try stamped.write { db in try db.execute(sql: "PRAGMA application_id = 1234") }
        try stamped.close()
        try expectRefusal(of: url) { if case .foreignDatabase(_, let detail) = $0 { detail.contains("1234") } else { false } }
    }

    @Test func newerKioskVersionIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("registry.sqlite")
        try RegistryDatabase(url: url).close()
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-future')") }
        try queue.close()
        try expectRefusal(of: url) { $0 == .newerVersion(path: url.path, unknownMigrations: ["v2-future"]) }
    }

    @Test func missingFolderCannotOpenAndCreatesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inMissingFolder = folder.file("missing/registry.sqlite")
        #expect { try RegistryDatabase(url: inMissingFolder) } throws: { error in
            if case .cannotOpen = error as? RegistryError { true } else { false }
        }
        #expect(!FileManager.default.fileExists(atPath: inMissingFolder.path))

        let plainFile = folder.file("plain.txt")
        try Data("x".utf8).write(to: plainFile)
        let underAFile = plainFile.appendingPathComponent("registry.sqlite")
        #expect(throws: RegistryError.self) { try RegistryDatabase(url: underAFile) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["plain.txt"])
    }

    @Test func migrationsAreIdempotent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("registry.sqlite")
        do {
            let registry = try Fixtures.seededRegistry(in: folder, count: 50)
            #expect(try registry.appliedMigrations() == ["v1", "v2-applications", "v3-sync", "v4-mobile-normal-form", "v5-trust-bundle", "operators-v1", "audit-v1"])
        }
        for _ in 0..<3 {
            let again = try RegistryDatabase(url: url)
            #expect(try again.appliedMigrations() == ["v1", "v2-applications", "v3-sync", "v4-mobile-normal-form", "v5-trust-bundle", "operators-v1", "audit-v1"])
            #expect(try again.citizenCount() == 52)
        }
        let emptyFile = folder.file("empty.sqlite")
        try Data().write(to: emptyFile)
        #expect(try RegistryDatabase(url: emptyFile).appliedMigrations() == ["v1", "v2-applications", "v3-sync", "v4-mobile-normal-form", "v5-trust-bundle", "operators-v1", "audit-v1"], "an empty file becomes a registry")
    }

    @Test func errorsReadAsPlainWords() {
        let error = RegistryError.foreignDatabase(path: "/data/x.sqlite", detail: "tables invoice")
        #expect(error.description.contains("/data/x.sqlite"))
        #expect(error.description.contains("another application"))
    }
}
