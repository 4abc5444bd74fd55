extension RegistryRecord {
    /// The record's free-text fields (names in both scripts, guardian, tehsil, address).
    public var textFields: [String] { [nameLatin, nameUrdu, guardianLatin, guardianUrdu, tehsil, address] }

    /// True when no text field holds a control character (C0, DEL, C1) or a bidi override/isolate: what
    /// the central's import and the kiosk's pull both demand, so a record can never carry an escape to a
    /// screen or a line break into a log.
    public var hasPlainText: Bool {
        textFields.allSatisfy { field in
            field.unicodeScalars.allSatisfy { scalar in
                let value = scalar.value
                return !(value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                    || (0x2066...0x2069).contains(value))
            }
        } && textFields.allSatisfy { $0.utf8.count <= 400 }
    }
}
