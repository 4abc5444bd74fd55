/// The lines that greet a citizen on the PIN and Home screens.
enum Greeting {
    /// "Assalam-o-Alaikum, <name>", the Urdu name when known, and the masked CNIC.
    static func items(for citizen: SessionCitizen?, mode: GlyphMode) -> [BodyItem] {
        guard let citizen else { return [] }
        var items: [BodyItem] = [.text("Assalam-o-Alaikum, \(citizen.nameLatin)", KioskStyle.title)]
        if let urdu = citizen.nameUrdu { items.append(.text(urdu)) }
        items.append(.text(citizen.cnic.masked(with: mode.cnicMask)))
        return items
    }
}
