import Foundation

/// `--data DIR --citizens N`.
struct BenchArguments {
    var data = URL(fileURLWithPath: ".build-bench-data", isDirectory: true)
    var citizens = 1_000_000

    static func parse(_ arguments: ArraySlice<String>) -> BenchArguments {
        var result = BenchArguments()
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--data": if let value = iterator.next() { result.data = URL(fileURLWithPath: value, isDirectory: true) }
            case "--citizens": if let value = iterator.next(), let count = Int(value) { result.citizens = count }
            default: print("ignoring unknown argument \(argument)")
            }
        }
        return result
    }
}
