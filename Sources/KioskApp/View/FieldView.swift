import IdentityCore
import Screen
import Services

/// The focused field of a step: its label and hint, the input by kind, and what is wrong with it.
enum FieldView {
    /// Body items for `field` with `answer`, `width` columns wide.
    static func items(_ field: FieldDefinition, answer: String?, step: WizardStep, state: KioskState, width: Int) -> [BodyItem] {
        let mode = state.settings.glyphMode
        var items: [BodyItem] = [.left(field.label.en, width: width, KioskStyle.title)]
        if let hint = field.hint { items.append(.left(hint.en, width: width, KioskStyle.quiet)) }
        switch field.kind {
        case .text, .number:
            items.append(textBox(answer ?? "", field: field, mode: mode, width: width).flushLeft(in: width))
        case .date:
            let digits = DateEntry.digits(of: answer ?? "")
            items.append(box(DateEntry.template(digits), cursor: DateEntry.formatted(digits).count + (digits.count == 4 || digits.count == 6 ? 1 : 0),
                             showCursor: digits.count < DateEntry.maxDigits, mode: mode).flushLeft(in: width))
            items.append(.left("Year-Month-Day, e.g. 1990-05-21", width: width, KioskStyle.quiet))
        case .choice:
            items += list((field.options ?? []).map { ($0.value, $0.label.en) }, answer: answer, page: step.listPage, width: width)
        case .district:
            let districts = DistrictChoices.sorted(state.settings.districts)
            items += list(districts.map { (DistrictChoices.value($0), $0.name) }, answer: answer, page: step.listPage, width: width)
        case .yesNo:
            items.append(choiceLine([("1  Yes", answer == "yes"), ("2  No", answer == "no")], width: width))
        case .declaration:
            items.append(choiceLine([("1  I agree", answer == "accepted")], width: width))
        }
        if let error = step.errors[field.id] {
            items.append(.left(error.en, width: width, KioskStyle.attention))
        } else if let note = step.note {
            items.append(.left(words(note), width: width, KioskStyle.attention))
        }
        return items
    }

    /// A note in plain words.
    static func words(_ note: FieldNote) -> String {
        switch note {
        case .tooLong(let maximum): "That is the most this answer can take (\(maximum))."
        case .digitsOnly: "Numbers only, please."
        }
    }

    /// A boxed text field showing the end of the answer and the cursor after it.
    private static func textBox(_ answer: String, field: FieldDefinition, mode: GlyphMode, width: Int) -> BodyItem {
        let inner = max(10, min(width - 4, (field.maximumLength ?? 40) + 1))
        let safe = TextSanitizer.forTerminal(answer)
        var shown = safe
        while DisplayWidth.of(shown) > inner - 1 { shown.removeFirst() }
        let cursor = DisplayWidth.of(shown)
        return box(shown + String(repeating: " ", count: max(0, inner - cursor)), cursor: cursor, showCursor: true, mode: mode)
    }

    /// A box around `content` with the cell at `cursor` in reverse video.
    private static func box(_ content: String, cursor: Int, showCursor: Bool, mode: GlyphMode) -> BodyItem {
        let inner = DisplayWidth.of(content)
        return .block(width: inner + 4, height: 3) { frame, x, y in
            frame.drawBox(Rect(x: x, y: y, width: inner + 4, height: 3), glyphs: mode.box)
            frame.put(content, x: x + 2, y: y + 1)
            if showCursor, cursor < inner {
                let glyph = Array(content)[safe: cursor] ?? " "
                frame.set(glyph, x: x + 2 + cursor, y: y + 1, style: KioskStyle.highlight)
            }
        }
    }

    /// The page shown of a numbered list, the chosen entry in reverse video, and the page number.
    private static func list(_ options: [(value: String, label: String)], answer: String?, page: Int, width: Int) -> [BodyItem] {
        let shown = ListPaging.range(page: page, count: options.count)
        let chosen = shown.firstIndex { options[$0].value == answer }.map { $0 - shown.lowerBound }
        let rows = shown.enumerated().map { offset, index in (offset == chosen ? "> " : "  ") + "\(offset + 1)   \(options[index].label)" }
        // As wide as the longest option (at least 40, at most the form): an option is never cut.
        let longest = rows.map { DisplayWidth.of(TextSanitizer.forTerminal($0)) }.max() ?? 0
        var items: [BodyItem] = [BodyItem.numbered(rows, highlighted: chosen, width: min(width, max(40, longest + 1))).flushLeft(in: width)]
        let pages = ListPaging.pageCount(options.count)
        if pages > 1 {
            var line = "Page \(page + 1) of \(pages)   0: more"
            if chosen == nil, let answer, let label = options.first(where: { $0.value == answer })?.label { line += "   Chosen: \(label)" }
            items.append(.left(line, width: width, KioskStyle.quiet))
        }
        return items
    }

    /// Options side by side on one row, the chosen one in reverse video.
    private static func choiceLine(_ options: [(String, Bool)], width: Int) -> BodyItem {
        .block(width: width, height: 1) { frame, x, y in
            var column = x
            for (text, chosen) in options {
                let label = (chosen ? ">" : " ") + "\(text) "
                frame.put(label, x: column, y: y, style: chosen ? KioskStyle.highlight : .plain)
                column += DisplayWidth.of(label) + 6
            }
        }
    }
}

extension Array {
    /// The element at `index`, or nil outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
