import KhyberVocabulary

/// The central's stored status words in the shared vocabulary (`ApplicationStatus`): the same words the
/// kiosk shows, the same demo steps.
enum StatusWords {
    /// "In review" for `in-review`; a word that is not a status comes back as it is.
    static func words(_ status: String) -> String {
        ApplicationStatus.words(for: status)
    }

    /// The demo's one step forward (received → in-review → approved → ready-for-collection); nil at the end.
    static func nextForDemo(_ status: String) -> String? {
        ApplicationStatus(rawValue: status)?.nextForDemo?.rawValue
    }
}
