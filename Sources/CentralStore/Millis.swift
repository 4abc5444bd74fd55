import Foundation

extension Date {
    /// Milliseconds since 1970 (rounded down).
    var millisSince1970: Int64 { Int64((timeIntervalSince1970 * 1000).rounded(.down)) }
}

extension Date {
    /// The instant `millis` milliseconds after 1970.
    init(millis: Int64) { self.init(timeIntervalSince1970: Double(millis) / 1000) }
}
