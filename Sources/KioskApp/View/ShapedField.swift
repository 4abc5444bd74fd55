import BidiText
import Screen

/// One right-to-left field as the screens write it, worked out once and remembered: the text
/// sanitised (`TextSanitizer`) and cut to its width in logical order, shaped and reordered (`visual`),
/// that cut again to the width in display columns (`fitted`, what aligned writers put), and `fitted`'s
/// columns. Every frame redraws the same fields, so sanitising, shaping and measuring a field happen
/// once, not once a frame (measuring Arabic script takes `DisplayWidth`'s slow path, scalar properties).
struct ShapedField: Sendable {
    /// Shaped and in visual order (what `Frame.field` returns).
    let visual: String
    /// `visual` no wider than the width it was made for.
    let fitted: String
    /// `fitted`'s display columns.
    let columns: Int

    /// The remembered fields, keyed by the text as given (before sanitising) and the width. Bounded
    /// like `BidiText.memo`, for the same reason (the clock and typed answers make new fields for ever).
    static let memo = BoundedCache<Key, ShapedField>(limit: BidiText.memoLimit)

    /// A remembered field's text (as given) and the width it was cut to.
    struct Key: Hashable, Sendable {
        let text: String
        let width: Int?
    }

    /// `text` (holding right-to-left or Arabic-script text: `BidiText.needsWork`) as a field of at most
    /// `width` columns, remembered.
    static func of(_ text: String, fittingIn width: Int?) -> ShapedField {
        memo.value(for: Key(text: text, width: width)) { make(text, fittingIn: width) }
    }

    /// The same, worked out afresh (the reference the memo is tested against).
    static func make(_ text: String, fittingIn width: Int?) -> ShapedField {
        let safe = TextSanitizer.forTerminal(text)
        guard BidiText.needsWork(safe) else {
            let plain = plain(safe, fittingIn: width)
            return ShapedField(visual: safe, fitted: plain.text, columns: plain.columns)
        }
        let cut = width.map { DisplayWidth.prefix(safe, fittingIn: $0) } ?? safe
        let visual = BidiText.visualUncached(cut, direction: .rightToLeftWhenPresent)
        let fitted = width.map { DisplayWidth.prefix(visual, fittingIn: $0) } ?? visual
        return ShapedField(visual: visual, fitted: fitted, columns: DisplayWidth.of(fitted))
    }

    /// Sanitised text with nothing to shape, cut to `width` columns, and its columns.
    static func plain(_ safe: String, fittingIn width: Int?) -> (text: String, columns: Int) {
        let fitted = width.map { DisplayWidth.prefix(safe, fittingIn: $0) } ?? safe
        return (fitted, DisplayWidth.of(fitted))
    }
}
