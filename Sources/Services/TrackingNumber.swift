/// The number a citizen quotes to follow an application: `KPPSH001-000123-K` — the kiosk id
/// without dashes, a sequence of at least 6 digits, and one check character.
///
/// The check character comes from 25 symbols with no look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
/// It is a weighted sum modulo 25 over the text before it (dash included), with weights 1, 2, 3, 4
/// repeating: every weight and every difference of neighbouring weights is prime to 25. So it
/// catches every change of a sequence digit, every look-alike mix-up (0↔O, 1↔I, 5↔S, 2↔Z, 8↔B)
/// and every swap of neighbours. One symbol out of 25 cannot tell 36 letters and digits apart, so
/// in the kiosk part a change between characters 25 apart in `0-9A-Z` (0↔P, 1↔Q … 9↔Y, A↔Z), or a
/// swap of two such neighbours, is the one thing it cannot catch.
public enum TrackingNumber {
    /// The 25 check symbols.
    public static let checkAlphabet: [Character] = Array("34679ACDEFGHJKMNPQRTUVWXY")

    private static let bodyAlphabet: [Character] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-")

    /// `kioskID` "KP-PSH-001" (letters and digits kept, upper-cased), `sequence` 123 →
    /// `KPPSH001-000123-K`. A negative sequence is written as 0.
    public static func make(kioskID: String, sequence: Int) -> String {
        let kiosk = String(kioskID.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
        let digits = String(max(sequence, 0))
        let body = kiosk + "-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        return body + "-" + String(check(body)!)
    }

    /// True when `text` (surrounding spaces and letter case ignored) is a well-formed tracking
    /// number whose check character matches.
    public static func isValid(_ text: String) -> Bool {
        let upper = text.trimmingCharactersInSpaces().uppercased()
        let parts = upper.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].count <= 32,
              parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              parts[1].count >= 6, parts[1].count <= 18, parts[1].allSatisfy({ ("0"..."9").contains($0) }),
              parts[2].count == 1, let given = parts[2].first else { return false }
        return check(parts[0] + "-" + parts[1]) == given
    }

    /// The check symbol for a body; nil when it holds a character outside `0-9A-Z-`.
    static func check(_ body: String) -> Character? {
        let weights = [1, 2, 3, 4]
        var sum = 0
        for (index, character) in body.enumerated() {
            guard let value = bodyAlphabet.firstIndex(of: character) else { return nil }
            sum = (sum + value * weights[index % weights.count]) % 25
        }
        return checkAlphabet[sum]
    }
}

extension String {
    fileprivate func trimmingCharactersInSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
