/// The words of a clock-skew refusal: how far and which way, in minutes or seconds.
enum ClockWords {
    /// `offsetSeconds` = the request's `created` minus the central's clock.
    static func refusal(offsetSeconds: Int64, windowSeconds: Int64) -> String {
        let direction = offsetSeconds > 0 ? "ahead of" : "behind"
        return "the kiosk's clock is \(amount(abs(offsetSeconds))) \(direction) the central's (allowed: \(amount(windowSeconds))); set the kiosk's clock"
    }

    /// `7 min`, `45 s`, `3 h 5 min`.
    static func amount(_ seconds: Int64) -> String {
        if seconds < 90 { return "\(seconds) s" }
        let minutes = (seconds + 30) / 60
        if minutes < 120 { return "\(minutes) min" }
        return "\(minutes / 60) h \(minutes % 60) min"
    }
}
