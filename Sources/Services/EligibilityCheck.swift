import IdentityCore

/// Whether a citizen may apply for a service at all, checked before the form opens.
public enum EligibilityCheck {
    /// nil when the citizen may apply; otherwise the reason, to show instead of the form.
    ///
    /// "Khyber Pakhtunkhwa only" looks at the registry district (where the citizen is registered,
    /// CNIC-style code 1xx), so a resident who holds a CNIC issued elsewhere but is registered in a
    /// KP district may apply.
    public static func reason(service: ServiceDefinition, citizen: Citizen, today: CalendarDate) -> LocalizedText? {
        if let minimumAge = service.eligibility.minimumAge, citizen.birthDate.years(until: today) < minimumAge {
            return LocalizedText(
                en: "You must be \(minimumAge) years or older to apply for this service.",
                ur: "اس سروس کے لیے آپ کی عمر کم از کم \(minimumAge) سال ہونی چاہیے۔"
            )
        }
        if service.eligibility.khyberPakhtunkhwaOnly, citizen.districtCode / 100 != 1 {
            return LocalizedText(
                en: "This service is only for people registered in a district of Khyber Pakhtunkhwa.",
                ur: "یہ سروس صرف خیبر پختونخوا کے کسی ضلع میں رجسٹرڈ افراد کے لیے ہے۔"
            )
        }
        return nil
    }
}
