import IdentityCore

/// What the form says when an answer is not accepted: short plain words, English and Urdu.
/// Never repeats what the citizen typed (it may hold pasted control characters).
public enum FormMessages {
    public static let required = LocalizedText(en: "Please fill this in.", ur: "براہ کرم یہ خانہ پُر کریں۔")
    public static let hiddenCharacters = LocalizedText(
        en: "This had hidden characters. They were removed. Please check it.",
        ur: "اس میں چھپے ہوئے نشان تھے۔ انہیں ہٹا دیا گیا ہے۔ براہ کرم دیکھ لیں۔"
    )
    public static let dateFormat = LocalizedText(
        en: "Write the date as year-month-day, e.g. 2001-03-15.",
        ur: "تاریخ سال-مہینہ-دن لکھیں، مثلاً 2001-03-15۔"
    )
    public static let dateDoesNotExist = LocalizedText(en: "That date does not exist.", ur: "یہ تاریخ موجود نہیں ہے۔")
    public static let notANumber = LocalizedText(en: "Please write a number, digits only.", ur: "براہ کرم صرف ہندسوں میں نمبر لکھیں۔")
    public static let choose = LocalizedText(en: "Please choose one of the options.", ur: "براہ کرم دیے گئے اختیارات میں سے ایک چنیں۔")
    public static let district = LocalizedText(
        en: "Please choose a district of Khyber Pakhtunkhwa.",
        ur: "براہ کرم خیبر پختونخوا کا کوئی ضلع چنیں۔"
    )
    public static let yesNo = LocalizedText(en: "Please answer yes or no.", ur: "براہ کرم ہاں یا نہیں میں جواب دیں۔")
    public static let declaration = LocalizedText(
        en: "You must accept this to continue.",
        ur: "آگے بڑھنے کے لیے اسے قبول کرنا ضروری ہے۔"
    )
    public static let patternMismatch = LocalizedText(
        en: "This does not look right. Please check it.",
        ur: "یہ درست نہیں لگتا۔ براہ کرم دوبارہ دیکھیں۔"
    )
    public static let unknownField = LocalizedText(
        en: "This answer is not part of this form.",
        ur: "یہ جواب اس فارم کا حصہ نہیں ہے۔"
    )
    public static let wrongService = LocalizedText(
        en: "This application is for a different service.",
        ur: "یہ درخواست کسی اور سروس کے لیے ہے۔"
    )
    public static let wrongVersion = LocalizedText(
        en: "This form has changed since you started. Please start again.",
        ur: "آپ کے شروع کرنے کے بعد یہ فارم بدل گیا ہے۔ براہ کرم دوبارہ شروع کریں۔"
    )

    /// "Please write at most 40 letters."
    public static func tooLong(_ limit: Int) -> LocalizedText {
        LocalizedText(en: "Too long. Please write at most \(limit) characters.", ur: "بہت لمبا ہے۔ زیادہ سے زیادہ \(limit) حروف لکھیں۔")
    }

    /// "Please write at least 5 letters."
    public static func tooShort(_ limit: Int) -> LocalizedText {
        LocalizedText(en: "Too short. Please write at least \(limit) characters.", ur: "بہت چھوٹا ہے۔ کم از کم \(limit) حروف لکھیں۔")
    }

    /// "The number must be 1 or more."
    public static func tooSmall(_ limit: Int) -> LocalizedText {
        LocalizedText(en: "The number must be \(limit) or more.", ur: "نمبر \(limit) یا اس سے زیادہ ہونا چاہیے۔")
    }

    /// "The number must be 50 or less."
    public static func tooLarge(_ limit: Int) -> LocalizedText {
        LocalizedText(en: "The number must be \(limit) or less.", ur: "نمبر \(limit) یا اس سے کم ہونا چاہیے۔")
    }

    /// "The date cannot be before 25 Nov 2021."
    public static func dateTooEarly(_ bound: CalendarDate) -> LocalizedText {
        LocalizedText(en: "The date cannot be before \(bound.display).", ur: "تاریخ \(bound.iso) سے پہلے کی نہیں ہو سکتی۔")
    }

    /// "The date cannot be after 25 Nov 2026."
    public static func dateTooLate(_ bound: CalendarDate) -> LocalizedText {
        LocalizedText(en: "The date cannot be after \(bound.display).", ur: "تاریخ \(bound.iso) کے بعد کی نہیں ہو سکتی۔")
    }

    /// For "today" bounds: the plainer "cannot be in the future".
    public static let dateInFuture = LocalizedText(en: "The date cannot be in the future.", ur: "تاریخ آنے والے دنوں کی نہیں ہو سکتی۔")
}
