import Screen

/// Welcome: title, one instruction, the CNIC field, one line of news under it.
enum WelcomeView {
    static let instruction = "Type your CNIC number or scan your Khyber Pass"

    /// Draws the Welcome screen.
    static func draw(_ welcome: WelcomeScreen, _ state: KioskState, on frame: inout Frame) {
        let legend = welcome.isResting ? "Type 13 digits, then press Enter" : "Enter: continue   Backspace: erase   Esc: clear"
        let body = Chrome.draw(state, legend: legend, on: &frame, footnote: state.settings.kioskID)
        let mode = state.settings.glyphMode
        let field = fieldBlock(welcome, mode: mode)
        BodyLayout.draw([
            .text("Khyber Pass", KioskStyle.title),
            .gap(),
            .text(instruction),
            .gap(),
            field,
            .gap(),
            status(welcome, mode: mode),
        ], in: body, on: &frame)
    }

    /// The boxed field `17301-12_____-_`, the next slot in reverse video.
    private static func fieldBlock(_ welcome: WelcomeScreen, mode: GlyphMode) -> BodyItem {
        let template = welcome.entry.template()
        let filled = welcome.entry.formatted.count
        let showCursor = welcome.phase == .typing && welcome.scanBuffer.isEmpty && !welcome.entry.isFull
        return .block(width: template.count + 4, height: 3) { frame, x, y in
            frame.drawBox(Rect(x: x, y: y, width: template.count + 4, height: 3), glyphs: mode.box)
            frame.put(template, x: x + 2, y: y + 1)
            if showCursor {
                let cursor = filled + (filled == 5 || filled == 13 ? 1 : 0)
                let glyph = Array(template)[cursor]
                frame.set(glyph, x: x + 2 + cursor, y: y + 1, style: KioskStyle.highlight)
            }
        }
    }

    /// The line under the field: what is happening, or what went wrong.
    private static func status(_ welcome: WelcomeScreen, mode: GlyphMode) -> BodyItem {
        switch welcome.phase {
        case .lookingUp(let cnic): return .text("Looking up \(cnic.masked(with: mode.cnicMask))\(mode.ellipsis)")
        case .checkingPass: return .text("Checking your pass\(mode.ellipsis)")
        case .typing: break
        }
        if !welcome.scanBuffer.isEmpty { return .text("Reading pass\(mode.ellipsis)") }
        switch welcome.note {
        case .invalidCNIC(let error): return .text(error.description, KioskStyle.attention)
        case .notAPassOrCNIC: return .text("That is not a Khyber Pass or a CNIC.", KioskStyle.attention)
        case .wrongOperatorPassword: return .text("Wrong password.", KioskStyle.attention)
        case nil: return .text(" ")
        }
    }
}
