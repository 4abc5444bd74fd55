import Foundation

extension Date {
    /// Milliseconds since 1970 (rounded down).
    var millisSince1970: Int64 { Int64((timeIntervalSince1970 * 1000).rounded(.down)) }
}
