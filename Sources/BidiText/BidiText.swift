import CFriBidi

/// Right-to-left text made ready for a terminal that neither joins Arabic letters nor reorders
/// right-to-left runs (xterm, most others, ncurses itself): GNU FriBidi finds the embedding levels,
/// joins and shapes Arabic-script letters to their presentation forms, then reorders the field to
/// visual order. One call is one field: letters never join across its border. The U+FEFF fillers
/// FriBidi leaves behind lam-alef ligatures are removed, so each ligature takes one cell.
public enum BidiText {
    /// The paragraph direction a field is laid out in.
    public enum Direction: Hashable, Sendable {
        /// Left to right (English screens), with right-to-left runs inside reordered.
        case leftToRight
        /// Right to left (Urdu and Pashto screens).
        case rightToLeft
        /// From the field's first strong letter (FriBidi's own rule).
        case automatic
        /// Right to left when the field holds any right-to-left letter, else left to right: the rule for a
        /// kiosk whose fields are either one language's sentence or data (a name, a CNIC, a date), so that
        /// "Enter یا Esc: واپس" and "25 Nov 2031 تک کارآمد" read as Urdu sentences.
        case rightToLeftWhenPresent
    }

    /// `text` shaped and in visual (left-to-right display) order; text with nothing right-to-left or
    /// Arabic in it comes back unchanged. Remembered (`memo`): a kiosk redraws the same fields on every
    /// frame, and shaping is a pure function of the text and the direction.
    public static func visual(_ text: String, direction: Direction = .automatic) -> String {
        guard needsWork(text) else { return text }
        return memo.value(for: MemoKey(text: text, direction: direction)) { shape(text, direction: direction) }
    }

    /// `visual` computed afresh, never remembered: the reference the memo is tested against.
    public static func visualUncached(_ text: String, direction: Direction = .automatic) -> String {
        guard needsWork(text) else { return text }
        return shape(text, direction: direction)
    }

    /// How many shaped fields `visual` remembers at most. Every text of every catalog and service
    /// definition is well under a thousand fields; the rest (clock, typed answers) come and go, so the
    /// memo is cleared whole when full (`BoundedCache`): at most ~1 MB of short strings.
    public static let memoLimit = 4096

    /// The shaped fields `visual` remembers, shared by every thread.
    public static let memo = BoundedCache<MemoKey, String>(limit: memoLimit)

    /// One remembered call of `visual`: the text and its paragraph direction.
    public struct MemoKey: Hashable, Sendable {
        /// The field, in logical order.
        public let text: String
        /// The paragraph direction it was laid out in.
        public let direction: Direction
    }

    private static func shape(_ text: String, direction: Direction) -> String {
        var characters: [FriBidiChar] = text.unicodeScalars.map(\.value)
        let length = FriBidiStrIndex(characters.count)
        var types = [FriBidiCharType](repeating: FriBidiCharType(0), count: characters.count)
        var brackets = [FriBidiBracketType](repeating: 0, count: characters.count)
        var levels = [FriBidiLevel](repeating: 0, count: characters.count)
        var joining = [FriBidiArabicProp](repeating: 0, count: characters.count)
        var base = parType(direction, text)
        fribidi_get_bidi_types(characters, length, &types)
        fribidi_get_bracket_types(characters, length, types, &brackets)
        guard fribidi_get_par_embedding_levels_ex(types, brackets, length, &base, &levels) > 0 else { return text }
        fribidi_get_joining_types(characters, length, &joining)
        fribidi_join_arabic(types, length, levels, &joining)
        fribidi_shape(kp_fribidi_flags_shape(), levels, length, &joining, &characters)
        guard fribidi_reorder_line(kp_fribidi_flags_reorder(), types, length, 0, base, &levels, &characters, nil) > 0 else {
            return text
        }
        var result = String.UnicodeScalarView()
        for value in characters where value != 0xFEFF {
            if let scalar = Unicode.Scalar(value) { result.append(scalar) }
        }
        return String(result)
    }

    /// Left-to-right data (a date, a CNIC, a count) to put inside a right-to-left sentence: wrapped in
    /// LEFT-TO-RIGHT MARKs, so "25 Nov 2031" stays in that order instead of becoming "Nov 2031 25". The
    /// marks are zero-width and survive `TextSanitizer` (which strips embeddings and isolates).
    public static func leftToRightData(_ value: String) -> String {
        hasRightToLeftLetter(value) ? value : "\u{200E}" + value + "\u{200E}"
    }

    /// True when `text` holds a right-to-left or Arabic-script character (anything FriBidi would change).
    public static func needsWork(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            // Hebrew, Arabic, Syriac, Thaana…; the presentation forms; the bidi marks and embeddings.
            return (0x0590...0x08FF).contains(value) || (0xFB1D...0xFEFC).contains(value) || value == 0x200E || value == 0x200F
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
    }

    private static func parType(_ direction: Direction, _ text: String) -> FriBidiParType {
        switch direction {
        case .leftToRight: kp_fribidi_par_ltr()
        case .rightToLeft: kp_fribidi_par_rtl()
        case .automatic: kp_fribidi_par_on()
        case .rightToLeftWhenPresent: hasRightToLeftLetter(text) ? kp_fribidi_par_rtl() : kp_fribidi_par_ltr()
        }
    }

    /// True when `text` holds a Hebrew or Arabic-script letter (or its presentation form).
    public static func hasRightToLeftLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            return ((0x0590...0x08FF).contains(value) || (0xFB1D...0xFEFC).contains(value)) && scalar.properties.isAlphabetic
        }
    }
}
