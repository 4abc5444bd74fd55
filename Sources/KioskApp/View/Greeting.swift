/// The lines that greet a citizen on the PIN and Home screens.
enum Greeting {
    /// "Assalam-o-Alaikum, <name>", the Urdu name when known and the terminal can show Arabic script
    /// (shaped, right to left, as its own field), and the masked CNIC.
    static func items(_ state: KioskState) -> [BodyItem] {
        guard let citizen = state.citizen else { return [] }
        let mode = state.settings.glyphMode
        var items: [BodyItem] = [.text(state.text("greeting", ["name": citizen.nameLatin]), KioskStyle.title)]
        if let urdu = citizen.nameUrdu, state.showsArabicScript { items.append(.text(urdu)) }
        items.append(.text(citizen.cnic.masked(with: mode.cnicMask)))
        return items
    }
}
