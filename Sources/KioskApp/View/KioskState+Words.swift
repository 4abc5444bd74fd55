import Foundation
import IdentityCore
import Screen
import Services
import StringCatalog

/// The words the citizen's screens build from data (dates, fees, times, statuses, reasons), in the
/// session's language from the string catalogs; digits stay left to right in every language.
extension KioskState {
    /// A service definition's text in the session's language: Pashto falls back to Urdu, then
    /// English; Roman Urdu (and any language the definitions do not have) shows the English.
    func localized(_ text: LocalizedText) -> String { answerLanguage.text(text) }

    /// How answers are read back on this screen's language.
    var answerLanguage: AnswerLanguage {
        AnswerLanguage(language: language, yes: self.text("wizard.yes"), no: self.text("wizard.no"), agree: self.text("wizard.agree"))
    }

    /// A message `Services` wrote in English and Urdu (a validation error, a refusal): from the
    /// catalogs (`form.…`) in every language when it is one of theirs, so Pashto and Roman Urdu get
    /// their own words; else as `localized` gives it.
    func message(_ text: LocalizedText) -> String {
        guard language != CatalogSet.referenceCode,
              let found = settings.strings.key(matchingEnglish: text.en, prefixes: ["form.", "notice.paused.line"]) else { return localized(text) }
        return self.text(found.key, found.values)
    }

    /// `25 Nov 2026`, `25 نومبر 2026`.
    func date(_ day: CalendarDate) -> String {
        text("date.day", ["day": "\(day.day)", "month": text("month.\(day.month)"), "year": "\(day.year)"])
    }

    /// `Wed 25 Nov 2026  14:05`, or without the year `Wed 25 Nov  14:05`, in Pakistan time.
    func clock(_ instant: Date, withYear: Bool) -> String {
        let day = CalendarDate(pakistanDayOf: instant)
        let weekday = text("weekday." + PakistanTime.weekdayKeys[((day.daysSinceEpoch % 7) + 7) % 7])
        let time = PakistanTime.time(instant)
        if withYear { return text("date.clock", ["weekday": weekday, "date": date(day), "time": time]) }
        return text("date.clockShort", ["weekday": weekday, "day": "\(day.day)", "month": text("month.\(day.month)"), "time": time])
    }

    /// `Rs 1,050`, `1,050 روپے`.
    func rupees(_ amount: Int) -> String {
        text("money.rupees", ["amount": ServiceWording.grouped(amount)])
    }

    /// The fee on the service list: `Rs 200`, or `from Rs 500` when an answer picks it.
    func listFee(_ fee: Fee) -> String {
        guard let lowest = ServiceWording.lowestOfRange(fee) else { return rupees(fee.amount) }
        return text("money.from", ["amount": rupees(lowest)])
    }

    /// `5–7 working days` (`5-7` in ASCII), `1 working day`.
    func processing(_ time: ProcessingTime) -> String {
        let low = time.minimumWorkingDays, high = time.maximumWorkingDays
        if low == high { return low == 1 ? text("time.workingDay") : text("time.workingDays", ["range": "\(low)"]) }
        return text("time.workingDays", ["range": "\(low)\(settings.glyphMode.rangeDash)\(high)"])
    }

    /// An application's status in words.
    func status(_ status: ApplicationStatus) -> String { text("status.\(status.rawValue)") }

    /// `45 s`, `12 min`, `5 h`, `3 d`.
    func duration(_ seconds: TimeInterval) -> String {
        let whole = max(0, Int(seconds))
        if whole < 60 { return text("duration.seconds", ["count": "\(whole)"]) }
        if whole < 3600 { return text("duration.minutes", ["count": "\(whole / 60)"]) }
        if whole < 2 * 86_400 { return text("duration.hours", ["count": "\(whole / 3600)"]) }
        return text("duration.days", ["count": "\(whole / 86_400)"])
    }

    /// Why a typed text is not a CNIC.
    func words(_ error: CNIC.ParseError) -> String {
        switch error {
        case .wrongLength(let count): text("cnic.wrongLength", ["count": "\(count)"])
        case .notDigits: text("cnic.notDigits")
        case .misplacedDashes: text("cnic.misplacedDashes", ["example": "12345-1234567-1"])
        case .unknownProvince(let digit): text("cnic.unknownProvince", ["digit": String(digit)])
        case .lastDigitZero: text("cnic.lastDigitZero")
        }
    }

    /// Why a PIN may not be used.
    func words(_ weakness: PINStrength.Weakness) -> String {
        switch weakness {
        case .sameDigit: text("weak.sameDigit")
        case .sequence: text("weak.sequence")
        case .repeatedPair: text("weak.repeatedPair")
        case .birthYear: text("weak.birthYear")
        case .birthday: text("weak.birthday")
        case .notFourDigits: text("weak.notFourDigits")
        }
    }

    /// What a scanned pass's check found, for the citizen.
    func words(_ verdict: PassVerdict) -> String {
        switch verdict {
        case .valid(let claims): text("verdict.valid", ["date": date(claims.expiresOn)])
        case .expired(let claims): text("verdict.expired", ["date": date(claims.expiresOn)])
        case .notYetValid(let claims): text("verdict.notYetValid", ["date": date(claims.issuedOn)])
        case .revoked: text("verdict.revoked")
        case .unknownSigner: text("verdict.unknownSigner")
        case .issuerRemoved: text("verdict.issuerRemoved")
        case .issuerRetired: text("verdict.issuerRetired")
        case .signedAfterWindow: text("verdict.signedAfterWindow")
        case .badSignature: text("verdict.badSignature")
        case .malformed: text("verdict.malformed")
        }
    }

    /// The legend parts joined the way every legend is (three spaces).
    func legend(_ keys: [String]) -> String { joined(keys.map { text($0) }) }

    /// Parts of one line three spaces apart. Right to left the gap is held between RIGHT-TO-LEFT MARKs,
    /// so a number ending one part and one starting the next ("از 2" and "0: مزید") do not run together
    /// into one left-to-right number ("2   0").
    func joined(_ parts: [String]) -> String {
        parts.joined(separator: isRightToLeft ? "\u{200F}   \u{200F}" : "   ")
    }
}
