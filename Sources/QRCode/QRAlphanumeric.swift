/// The 45-character QR alphanumeric set: 0-9, A-Z, space and `$ % * + - . / :`.
public enum QRAlphanumeric {
    /// Every character of the set, in code-value order.
    public static let characters: String = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"

    private static let allowed: Set<Character> = Set(characters)

    /// Whether `character` can be encoded in alphanumeric mode.
    public static func contains(_ character: Character) -> Bool {
        allowed.contains(character)
    }

    /// Throws `QREncodingError.notAlphanumeric` naming every character of `text` outside the set.
    public static func validate(_ text: String) throws(QREncodingError) {
        var offending: [Character] = []
        var firstOffset: Int?
        for (offset, character) in text.enumerated() where !contains(character) {
            if firstOffset == nil { firstOffset = offset }
            if !offending.contains(character) { offending.append(character) }
        }
        if let firstOffset {
            throw .notAlphanumeric(characters: offending, firstOffset: firstOffset)
        }
    }
}
