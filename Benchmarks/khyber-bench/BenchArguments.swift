import Foundation

/// `--data DIR --citizens N [--postgres URL] [--only sync]`. The PostgreSQL URL may also come from
/// `KHYBER_BENCH_POSTGRES_URL` (or `KHYBER_TEST_POSTGRES_URL`, which `scripts/test-postgres.sh env` exports).
struct BenchArguments {
    var data = URL(fileURLWithPath: ".build-bench-data", isDirectory: true)
    var citizens = 1_000_000
    /// A PostgreSQL server the sync section may create databases on; nil: its PostgreSQL rows are skipped.
    var postgres: String?
    /// Run one section only (`sync`, or `kiosk`: everything but sync); nil: every section.
    var only: String?

    static func parse(_ arguments: ArraySlice<String>) -> BenchArguments {
        var result = BenchArguments()
        let environment = ProcessInfo.processInfo.environment
        result.postgres = [environment["KHYBER_BENCH_POSTGRES_URL"], environment["KHYBER_TEST_POSTGRES_URL"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--data": if let value = iterator.next() { result.data = URL(fileURLWithPath: value, isDirectory: true) }
            case "--citizens": if let value = iterator.next(), let count = Int(value) { result.citizens = count }
            case "--postgres": if let value = iterator.next() { result.postgres = value.isEmpty ? nil : value }
            case "--only": result.only = iterator.next()
            default: print("ignoring unknown argument \(argument)")
            }
        }
        return result
    }

    /// True when the section `name` should run.
    func runs(_ name: String) -> Bool { only == nil || only == name }
}
