/// The PIN screen: up to 4 digits, submitted with Enter.
public struct PINScreen: Equatable, Sendable {
    /// A PIN has 4 digits.
    public static let length = 4

    /// The digits typed (shown only as dots).
    public var digits: String
    /// Tries left after a wrong PIN, shown as "Wrong PIN. n tries left."
    public var triesLeft: Int?
    /// True while waiting for `.pinChecked`.
    public var isChecking: Bool

    /// A PIN screen; the default is empty.
    public init(digits: String = "", triesLeft: Int? = nil, isChecking: Bool = false) {
        self.digits = digits
        self.triesLeft = triesLeft
        self.isChecking = isChecking
    }
}
