import BidiText
import Foundation
import IdentityCore

/// How a district field lists districts and what it keeps as the answer.
public enum DistrictChoices {
    /// Districts A to Z by the name the screen shows: English names in English order, Urdu-script
    /// names (Urdu and Pashto screens) in that language's alphabetical order (ICU collation:
    /// ا ب پ ت ٹ … ک گ ل م ن و ہ ی, which Unicode code-point order is not). The list's numbers
    /// follow this order, so a number always picks the district written beside it.
    public static func sorted(_ districts: [District], shownIn words: AnswerLanguage = .english) -> [District] {
        memo.value(for: Key(districts: districts, language: words.language)) {
            guard words.readsUrdu else { return districts.sorted { $0.name < $1.name } }
            let collation = Locale(identifier: words.language)
            return districts.sorted { first, second in
                let order = words.name(first).compare(words.name(second), locale: collation)
                return order == .orderedSame ? first.name < second.name : order == .orderedAscending
            }
        }
    }

    /// The answer kept for a district: its English name, e.g. `Peshawar` (what `FormValidator` checks).
    public static func value(_ district: District) -> String { district.name }

    /// The district an answer names, for showing it.
    public static func district(for answer: String, in districts: [District]) -> District? {
        districts.first { value($0) == answer }
    }

    /// One sorted list per district set and language: a kiosk has one set, so this holds a handful.
    private struct Key: Hashable, Sendable {
        let districts: [District]
        let language: String
    }

    private static let memo = BoundedCache<Key, [District]>(limit: 16)
}
