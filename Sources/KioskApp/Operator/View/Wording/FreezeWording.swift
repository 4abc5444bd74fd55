import Services

/// The words for paused applications: plain for citizens, the reason and the fix for operators.
public enum FreezeWording {
    /// What a citizen reads.
    public static func citizenText(_ reason: FreezeReason) -> LocalizedText {
        LocalizedText(
            en: "New applications are paused at this kiosk until it can reach the central office. You can still see your pass and your applications. Please ask at the counter.",
            ur: "یہ کیوسک مرکزی دفتر سے رابطے تک نئی درخواستیں نہیں لے رہا۔ آپ اپنا پاس اور درخواستیں دیکھ سکتے ہیں۔ کاؤنٹر پر پوچھیں۔"
        )
    }

    /// What an operator reads: the reason (`desk.freeze.*`), in the kiosk's language, or in English (`inEnglish`)
    /// for the counter's small print under a citizen's notice.
    public static func operatorReason(_ reason: FreezeReason, _ state: KioskState, inEnglish: Bool = false) -> String {
        switch reason {
        case .oldestUnsent(let days, let limit):
            text("desk.freeze.oldestUnsent", ["days": String(days), "limit": String(limit)], state, inEnglish)
        case .tooManyPending(let count, let limit):
            text("desk.freeze.tooManyPending", ["count": String(count), "limit": String(limit)], state, inEnglish)
        case .trustExpired(let days, let limit):
            text("desk.freeze.trustExpired", ["days": String(days), "limit": String(limit)], state, inEnglish)
        }
    }

    /// What an operator reads: the fix.
    public static func operatorFix(_ reason: FreezeReason, _ state: KioskState) -> String {
        switch reason {
        case .oldestUnsent, .tooManyPending: state.text("desk.freeze.fix.sync")
        case .trustExpired: state.text("desk.freeze.fix.trust")
        }
    }

    private static func text(_ key: String, _ values: [String: String], _ state: KioskState, _ inEnglish: Bool) -> String {
        inEnglish ? state.settings.strings.text(key, in: "en", values) : state.text(key, values)
    }
}
