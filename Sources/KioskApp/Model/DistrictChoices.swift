import IdentityCore

/// How a district field lists districts and what it keeps as the answer.
public enum DistrictChoices {
    /// Districts by English name, A to Z: easier to find than by division.
    public static func sorted(_ districts: [District]) -> [District] {
        districts.sorted { $0.name < $1.name }
    }

    /// The answer kept for a district: its English name, e.g. `Peshawar` (what `FormValidator` checks).
    public static func value(_ district: District) -> String { district.name }

    /// The district an answer names, for showing it.
    public static func district(for answer: String, in districts: [District]) -> District? {
        districts.first { value($0) == answer }
    }
}
