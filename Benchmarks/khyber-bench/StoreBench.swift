import Foundation
import GRDB
import GRDBSQLite
import IdentityCore
import KioskStore
import SyntheticRegistry

/// Seeds a fresh registry of `citizens` synthetic citizens in `dataDirectory` and measures seeding,
/// file size, CNIC lookups (API against a bare prepared statement) and name searches.
func runStoreBenchmarks(dataDirectory: URL, citizens: Int) throws -> [String] {
    try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
    let url = dataDirectory.appendingPathComponent("bench-registry.sqlite")
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
    let generator = SyntheticRegistry(seed: 1, catalog: try StoreBenchSupport.catalog())
    var lines = ["Registry store (\(citizens.formatted()) synthetic citizens + 2 demo)"]

    let seedStart = Stopwatch.now()
    var registry = try RegistryDatabase(url: url)
    let added = try RegistrySeeder(database: registry).seed(try generator.seedingSequence(count: citizens), expectedCount: citizens + 2)
    try registry.close()
    let seedTime = Stopwatch.now() - seedStart
    let bytes = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    lines.append("  seed (incl. name index)    \(Stopwatch.format(nanoseconds: seedTime))  (\(added.formatted()) added, \(Int(Double(added) / (Double(seedTime) / 1e9)).formatted())/s)")
    lines.append("  database size              \(String(format: "%.1f MB", Double(bytes) / 1_000_000)) (\(bytes / max(added, 1)) bytes/citizen)")

    registry = try RegistryDatabase(url: url)
    let sample = StoreBenchSupport.sampleCNICs(generator, citizens: citizens, count: 20_000)
    for cnic in sample { _ = try registry.citizen(cnic) } // warm the cache
    let api = try Stopwatch.sample(sample.count) { index in
        guard try registry.citizen(sample[index]) != nil else { throw StoreBenchError(description: "lookup found nobody") }
    }
    let bare = try StoreBenchSupport.bareLookups(path: url.path, sample: sample)
    let apiMedian = Stopwatch.percentile(api, 50), apiP99 = Stopwatch.percentile(api, 99)
    let bareMedian = Stopwatch.percentile(bare, 50), bareP99 = Stopwatch.percentile(bare, 99)
    lines.append("  CNIC lookup, API           median \(Stopwatch.format(nanoseconds: apiMedian))  p99 \(Stopwatch.format(nanoseconds: apiP99))  (target p99 ≤ 50 µs)")
    lines.append("  CNIC lookup, bare sqlite3  median \(Stopwatch.format(nanoseconds: bareMedian))  p99 \(Stopwatch.format(nanoseconds: bareP99))")
    lines.append("  API / bare                 median \(String(format: "%.2f×", Double(apiMedian) / Double(max(bareMedian, 1))))  p99 \(String(format: "%.2f×", Double(apiP99) / Double(max(bareP99, 1))))  (target ≤ 2×)")

    var searchTimes: [UInt64] = []
    var slowest: (UInt64, String) = (0, "")
    for _ in 0..<3 { for query in StoreBenchSupport.searchMix { _ = try registry.search(query.text, district: query.district) } }
    for _ in 0..<20 {
        for query in StoreBenchSupport.searchMix {
            let start = Stopwatch.now()
            _ = try registry.search(query.text, district: query.district)
            let elapsed = Stopwatch.now() - start
            searchTimes.append(elapsed)
            if elapsed > slowest.0 { slowest = (elapsed, query.text + (query.district.map { " in \($0)" } ?? "")) }
        }
    }
    lines.append("  name search (\(StoreBenchSupport.searchMix.count) queries ×20) median \(Stopwatch.format(nanoseconds: Stopwatch.percentile(searchTimes, 50)))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(searchTimes, 99)))  (target p99 ≤ 20 ms)")
    lines.append("  slowest search             \(Stopwatch.format(nanoseconds: slowest.0))  \"\(slowest.1)\"")
    try registry.close()
    return lines
}

/// Inputs and the bare-statement baseline for `runStoreBenchmarks`.
enum StoreBenchSupport {
    /// Common names, partial typing, Urdu and rare names; some kept to one district.
    static let searchMix: [(text: String, district: Int?)] = [
        ("Muhammad Khan", nil), ("Mohammad Khan", nil), ("Muhammad", nil), ("Khan", nil), ("Muhammad Kh", nil),
        ("Muhammad Irfan Khan", nil), ("Ayesha Bibi", nil), ("Fatima Bibi", nil), ("Gul Khan", nil), ("M", nil),
        ("محمد خان", nil), ("عائشہ بی بی", nil), ("Muhammad Khan", 173), ("Khan", 161), ("Bibi", 173),
        ("Zarak Shinwari", nil), ("Spogmai", nil), ("Aurangzeb Tanoli", nil), ("Palwasha Kakakhel", nil),
        ("Hidayatullah Orakzai", nil), ("Yusuf Afridi", nil), ("Sher Zaman", nil), ("Zarghun", nil), ("Qwxz", nil),
    ]

    /// The districts file, from the working directory or next to the sources.
    static func catalog() throws -> DistrictCatalog {
        let candidates = [
            URL(fileURLWithPath: "Assets/districts.json"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Assets/districts.json"),
        ]
        guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw StoreBenchError(description: "Assets/districts.json not found; run from the repository root")
        }
        return try DistrictCatalog(json: Data(contentsOf: file))
    }

    /// CNICs of citizens spread over the whole registry (random families, deterministic).
    static func sampleCNICs(_ generator: SyntheticRegistry, citizens: Int, count: Int) -> [CNIC] {
        let families = max(1, citizens / 5)
        var random = SplitMix64(seed: 99)
        var result: [CNIC] = []
        while result.count < count {
            let family = generator.family(random.below(families))
            result.append(family[random.below(family.count)].cnic)
        }
        return result
    }

    /// The same query through the raw SQLite C API on a prepared statement: bind, step, read every column.
    static func bareLookups(path: String, sample: [CNIC]) throws -> [UInt64] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            let statement = try db.makeStatement(sql: RegistryDatabase.citizenByCNIC)
            let raw = statement.sqliteStatement
            var checksum = 0
            func lookup(_ number: Int64) {
                sqlite3_reset(raw)
                sqlite3_bind_int64(raw, 1, number)
                guard sqlite3_step(raw) == SQLITE_ROW else { return }
                for column in Int32(0)..<sqlite3_column_count(raw) {
                    switch sqlite3_column_type(raw, column) {
                    case SQLITE_INTEGER: checksum &+= Int(sqlite3_column_int64(raw, column))
                    case SQLITE_TEXT: checksum &+= String(cString: sqlite3_column_text(raw, column)).utf8.count
                    case SQLITE_BLOB: checksum &+= Int(sqlite3_column_bytes(raw, column))
                    default: break
                    }
                }
            }
            for cnic in sample { lookup(cnic.number) }
            let numbers = sample.map(\.number)
            let times = Stopwatch.sample(numbers.count) { lookup(numbers[$0]) }
            sqlite3_reset(raw)
            if checksum == 42 { print("") } // keeps the reads from being optimised away
            return times
        }
    }
}

/// Why the store benchmark stopped.
struct StoreBenchError: Error, CustomStringConvertible {
    let description: String
}
