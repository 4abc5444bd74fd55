import Screen

/// Welcome: title, one instruction, the CNIC field, one line of news under it, and the language
/// chooser (Tab), each language written in its own script.
enum WelcomeView {
    /// Draws the Welcome screen.
    static func draw(_ welcome: WelcomeScreen, _ state: KioskState, on frame: inout Frame) {
        let legend = state.text(welcome.isResting ? "welcome.legend.resting" : "welcome.legend.typing")
        let body = Chrome.draw(state, legend: legend, on: &frame, footnote: state.settings.kioskID)
        let mode = state.settings.glyphMode
        let field = fieldBlock(welcome, mode: mode)
        var items: [BodyItem] = [
            .text(state.text("welcome.title"), KioskStyle.title),
            .gap(),
            .text(state.text("welcome.instruction")),
            .gap(),
            field,
            .gap(),
            status(welcome, state),
        ]
        items += languageChooser(state)
        BodyLayout.draw(items, in: body, on: &frame)
    }

    /// "Tab: change language" over `English · اردو · پښتو`, the language in use in reverse video; on a
    /// terminal without Arabic script, Roman Urdu and a line saying why.
    static func languageChooser(_ state: KioskState) -> [BodyItem] {
        let choices = state.languageChoices
        guard choices.count > 1 else { return [] }
        let names = choices.map { state.settings.strings.catalog($0)?.name ?? $0 }
        let separator = state.settings.glyphMode == .unicode ? " · " : " | "
        let width = names.reduce(0) { $0 + DisplayWidth.of($1) + 2 } + DisplayWidth.of(separator) * (names.count - 1)
        let current = state.language
        var items: [BodyItem] = [.gap(), .text(state.text("welcome.chooseLanguage"), KioskStyle.quiet)]
        items.append(.block(width: width, height: 1) { frame, x, y in
            var column = x
            for (index, code) in choices.enumerated() {
                if index > 0 { column = frame.write(separator, x: column, y: y) }
                let style = code == current ? KioskStyle.highlight : Style.plain
                column = frame.write(" \(names[index]) ", x: column, y: y, style: style)
            }
        })
        if !state.showsArabicScript { items.append(.text(state.text("welcome.noArabicScript"), KioskStyle.quiet)) }
        return items
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
    private static func status(_ welcome: WelcomeScreen, _ state: KioskState) -> BodyItem {
        let mode = state.settings.glyphMode
        switch welcome.phase {
        case .lookingUp(let cnic): return .text(state.text("welcome.lookingUp", ["cnic": cnic.masked(with: mode.cnicMask)]))
        case .checkingPass: return .text(state.text("welcome.checkingPass"))
        case .typing: break
        }
        if !welcome.scanBuffer.isEmpty { return .text(state.text("welcome.readingPass")) }
        switch welcome.note {
        case .invalidCNIC(let error): return .text(state.words(error), KioskStyle.attention)
        case .notAPassOrCNIC: return .text(state.text("welcome.notAPass"), KioskStyle.attention)
        case .wrongOperatorPassword: return .text(state.text("welcome.wrongPassword"), KioskStyle.attention)
        case nil: return .text(" ")
        }
    }
}
