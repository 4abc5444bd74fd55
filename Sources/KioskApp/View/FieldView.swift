import IdentityCore
import Screen
import Services

/// The focused field of a step: its label and hint, the input by kind, and what is wrong with it;
/// in a right-to-left language flush right, lists numbered on the right, the boxes at the right edge
/// (what is typed in them, digits and Latin letters, stays left to right).
enum FieldView {
    /// Body items for `field` with `answer`, `width` columns wide.
    static func items(_ field: FieldDefinition, answer: String?, step: WizardStep, state: KioskState, width: Int) -> [BodyItem] {
        let mode = state.settings.glyphMode
        let rtl = state.isRightToLeft
        var items: [BodyItem] = [.left(state.localized(field.label), width: width, KioskStyle.title, rightToLeft: rtl)]
        if let hint = field.hint { items.append(.left(state.localized(hint), width: width, KioskStyle.quiet, rightToLeft: rtl)) }
        switch field.kind {
        case .text, .number:
            items.append(textBox(answer ?? "", field: field, mode: mode, width: width).flushStart(in: width, rightToLeft: rtl))
        case .date:
            let digits = DateEntry.digits(of: answer ?? "")
            items.append(box(DateEntry.template(digits), cursor: DateEntry.formatted(digits).count + (digits.count == 4 || digits.count == 6 ? 1 : 0),
                             showCursor: digits.count < DateEntry.maxDigits, mode: mode).flushStart(in: width, rightToLeft: rtl))
            items.append(.left(state.text("wizard.dateHint", ["example": "1990-05-21"]), width: width, KioskStyle.quiet, rightToLeft: rtl))
        case .choice:
            items += list((field.options ?? []).map { ($0.value, state.localized($0.label)) }, answer: answer, page: step.listPage, width: width, state)
        case .district:
            let words = state.answerLanguage
            let districts = DistrictChoices.sorted(state.settings.districts, shownIn: words)
            items += list(districts.map { (DistrictChoices.value($0), words.name($0)) }, answer: answer, page: step.listPage, width: width, state)
        case .yesNo:
            items.append(choiceLine([("1  " + state.text("wizard.yes"), answer == "yes"), ("2  " + state.text("wizard.no"), answer == "no")], width: width, rightToLeft: rtl))
        case .declaration:
            items.append(choiceLine([("1  " + state.text("wizard.agree"), answer == "accepted")], width: width, rightToLeft: rtl))
        }
        if let error = step.errors[field.id] {
            items.append(.left(state.message(error), width: width, KioskStyle.attention, rightToLeft: rtl))
        } else if let note = step.note {
            items.append(.left(words(note, state), width: width, KioskStyle.attention, rightToLeft: rtl))
        }
        return items
    }

    /// A note in plain words.
    static func words(_ note: FieldNote, _ state: KioskState) -> String {
        switch note {
        case .tooLong(let maximum): state.text("wizard.tooLong", ["count": "\(maximum)"])
        case .digitsOnly: state.text("wizard.digitsOnly")
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
    private static func list(_ options: [(value: String, label: String)], answer: String?, page: Int, width: Int, _ state: KioskState) -> [BodyItem] {
        let rtl = state.isRightToLeft
        let shown = ListPaging.range(page: page, count: options.count)
        let chosen = shown.firstIndex { options[$0].value == answer }.map { $0 - shown.lowerBound }
        // Right to left the marker points at the entry from the right: `3 <`.
        let rows = shown.enumerated().map { offset, index in
            [rtl ? "\(offset + 1)" + (offset == chosen ? " <" : "  ") : (offset == chosen ? "> " : "  ") + "\(offset + 1)", options[index].label]
        }
        // As wide as the longest option (at least 40, at most the form): an option is never cut.
        let longest = rows.map { 6 + Frame.shapedWidth(TextSanitizer.forTerminal($0[1])) }.max() ?? 0
        let table = BodyItem.table(rows, columns: [6], highlighted: chosen, width: min(width, max(40, longest + 1)), rightToLeft: rtl)
        var items: [BodyItem] = [table.flushStart(in: width, rightToLeft: rtl)]
        let pages = ListPaging.pageCount(options.count)
        if pages > 1 {
            var line = state.joined([state.text("list.page", ["page": "\(page + 1)", "count": "\(pages)"]), state.text("list.more")])
            if chosen == nil, let answer, let label = options.first(where: { $0.value == answer })?.label {
                line = state.joined([line, state.text("list.chosen", ["label": label])])
            }
            items.append(.left(line, width: width, KioskStyle.quiet, rightToLeft: rtl))
        }
        return items
    }

    /// Options side by side on one row, the chosen one in reverse video; right to left the first on the right.
    private static func choiceLine(_ options: [(String, Bool)], width: Int, rightToLeft: Bool) -> BodyItem {
        .block(width: width, height: 1) { frame, x, y in
            var column = rightToLeft ? x + width : x
            for (text, chosen) in options {
                let label = (chosen ? ">" : " ") + "\(text) "
                let style = chosen ? KioskStyle.highlight : Style.plain
                if rightToLeft {
                    let shown = " \(text)" + (chosen ? "<" : " ")
                    let cells = Frame.shapedWidth(shown)
                    column -= cells
                    frame.write(shown, x: column, y: y, style: style)
                    column -= 6
                } else {
                    frame.put(label, x: column, y: y, style: style)
                    column += DisplayWidth.of(label) + 6
                }
            }
        }
    }
}

extension Array {
    /// The element at `index`, or nil outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
