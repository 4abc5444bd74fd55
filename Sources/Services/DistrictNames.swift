/// The English names of Khyber Pakhtunkhwa's 38 districts, as in `Assets/districts.json`.
///
/// The form validator is pure and is called without a `DistrictCatalog`, so it checks district
/// answers against this list; a test keeps it equal to the asset file (change both together).
public enum DistrictNames {
    /// Division by division, as the asset file lists them.
    public static let khyberPakhtunkhwa: [String] = [
        "Bannu", "Lakki Marwat", "North Waziristan", "Dera Ismail Khan", "Tank", "Upper South Waziristan",
        "Lower South Waziristan", "Abbottabad", "Battagram", "Haripur", "Kolai-Palas", "Lower Kohistan",
        "Upper Kohistan", "Mansehra", "Torghar", "Allai", "Hangu", "Karak", "Kohat", "Kurram", "Orakzai",
        "Central Dir", "Bajaur", "Buner", "Lower Chitral", "Upper Chitral", "Lower Dir", "Upper Dir",
        "Malakand", "Shangla", "Swat", "Mardan", "Swabi", "Charsadda", "Nowshera", "Peshawar", "Khyber", "Mohmand",
    ]

    private static let lowercased = Set(khyberPakhtunkhwa.map { $0.lowercased() })

    /// True when `name` is one of the districts (ignoring case).
    public static func contains(_ name: String) -> Bool { lowercased.contains(name.lowercased()) }
}
