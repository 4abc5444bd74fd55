/// A small valid definition (`sehat-card.json`) that the checker tests break one way at a time by
/// replacing a piece of its text.
enum MinimalDefinition {
    static let file = "sehat-card.json"

    static let json = """
    {
      "format": 1,
      "id": "sehat-card",
      "version": 1,
      "title": {"en": "Sehat Card", "ur": "صحت کارڈ"},
      "summary": {"en": "Free treatment at listed hospitals.", "ur": "فہرست والے ہسپتالوں میں مفت علاج۔"},
      "eligibility": {"minimumAge": 18, "khyberPakhtunkhwaOnly": true},
      "fee": {"amount": 0, "byField": "plan", "byChoice": {"basic": 0, "family": 100}, "payment": {"en": "No fee", "ur": "کوئی فیس نہیں"}},
      "processing": {"minimumWorkingDays": 1, "maximumWorkingDays": 3},
      "documents": [{"en": "Original CNIC", "ur": "اصل شناختی کارڈ"}],
      "collection": {"en": "At the kiosk", "ur": "کیوسک پر"},
      "steps": [
        {"id": "about", "title": {"en": "About you", "ur": "آپ کے بارے میں"}, "fields": [
          {"id": "fullName", "label": {"en": "Name", "ur": "نام"}, "kind": "text", "required": true, "prefill": "name", "maximumLength": 80},
          {"id": "dateOfBirth", "label": {"en": "Born", "ur": "پیدائش"}, "kind": "date", "required": true, "prefill": "dateOfBirth", "notAfter": "today"},
          {"id": "members", "label": {"en": "Family members", "ur": "افراد خانہ"}, "kind": "number", "required": true, "minimum": 1, "maximum": 20}
        ]},
        {"id": "choices", "title": {"en": "Your plan", "ur": "آپ کا پلان"}, "fields": [
          {"id": "plan", "label": {"en": "Plan", "ur": "پلان"}, "kind": "choice", "required": true, "options": [
            {"value": "basic", "label": {"en": "Basic", "ur": "بنیادی"}},
            {"value": "family", "label": {"en": "Family", "ur": "خاندان"}}
          ]},
          {"id": "since", "label": {"en": "Since", "ur": "کب سے"}, "kind": "date", "required": false, "notBefore": "-10y", "notAfter": "today"},
          {"id": "until", "label": {"en": "Until", "ur": "کب تک"}, "kind": "date", "required": false},
          {"id": "agree", "label": {"en": "I agree", "ur": "میں متفق ہوں"}, "kind": "declaration", "required": true}
        ]}
      ],
      "rules": [
        {"kind": "dateAfter", "field": "until", "other": "since", "message": {"en": "Until must be after since.", "ur": "بعد کی تاریخ"}}
      ]
    }
    """

    /// The definition with `old` replaced by `new` (which must occur).
    static func replacing(_ old: String, with new: String) -> String {
        precondition(json.contains(old), "MinimalDefinition has no \(old)")
        return json.replacingOccurrences(of: old, with: new)
    }
}
