import Screen

/// The centre's name as the header shows it: whole when it fits, else shortened by whole words with
/// an ellipsis ("Peshawar Facilitation…"), never cut inside a word unless even the first word is too long.
enum HeaderName {
    /// `name` fitted into `width` columns.
    static func fitted(_ name: String, width: Int, ellipsis: String) -> String {
        let safe = TextSanitizer.forTerminal(name)
        guard DisplayWidth.of(safe) > width else { return safe }
        let words = safe.split(separator: " ").map(String.init)
        let room = width - DisplayWidth.of(ellipsis)
        for count in stride(from: words.count - 1, through: 1, by: -1) {
            let shortened = words.prefix(count).joined(separator: " ")
            if DisplayWidth.of(shortened) <= room { return shortened + ellipsis }
        }
        guard room > 0 else { return "" }
        var cut = ""
        for character in safe where DisplayWidth.of(cut + String(character)) <= room { cut.append(character) }
        return cut + ellipsis
    }
}
