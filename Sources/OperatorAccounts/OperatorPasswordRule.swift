/// What a new operator password must be. The screen asks for it twice; `problem` names the first rule broken.
public enum OperatorPasswordRule {
    public static let minimumLength = 10
    public static let maximumLength = 128

    /// Plain words for the first rule `password` breaks; nil when it may be used. `repeated` is the second
    /// entry (nil when the caller compared them already); `current` is the code or password it replaces.
    public static func problem(_ password: String, repeated: String? = nil, operatorID: String, current: String) -> String? {
        if let repeated, repeated != password { return "the two entries are not the same; type the new password twice" }
        if password.count < minimumLength { return "a password needs at least \(minimumLength) characters" }
        if password.count > maximumLength { return "a password may have at most \(maximumLength) characters" }
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "a password may not contain control characters"
        }
        if password.uppercased() == operatorID.uppercased() { return "the password may not be your operator id" }
        if password == current || OneTimeCode.normalised(password) == OneTimeCode.normalised(current) {
            return "the new password must differ from the code or password it replaces"
        }
        if Set(password).count < 4 { return "that password is too easy to guess; use more different characters" }
        return nil
    }
}
