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

    /// What an operator reads: the reason.
    public static func operatorReason(_ reason: FreezeReason) -> String {
        switch reason {
        case .oldestUnsent(let days, let limit):
            "New applications paused: the oldest unsent operation is \(days) days old (the limit is \(limit))."
        case .tooManyPending(let count, let limit):
            "New applications paused: \(count) operations wait to be sent (the limit is \(limit))."
        case .trustExpired(let days, let limit):
            "New applications paused: the trust bundle expired \(days) days ago (the limit is \(limit))."
        }
    }

    /// What an operator reads: the fix.
    public static func operatorFix(_ reason: FreezeReason) -> String {
        switch reason {
        case .oldestUnsent, .tooManyPending:
            "Fix: connect the kiosk to the central and let it sync; retry refused operations under Outbox and sync."
        case .trustExpired:
            "Fix: connect the kiosk so it fetches the new trust bundle, or ask the province to publish one."
        }
    }
}
