/// Makes text that comes from data (names, addresses, scanned QR payloads, server replies) safe to
/// put on a terminal: nothing in it can move the cursor, recolour, retitle, set the clipboard or
/// reorder the screen.
public enum TextSanitizer {
    /// Removes, by Unicode scalar:
    /// - whole escape sequences: CSI (`ESC [` … final byte, or C1 `0x9B`), OSC (`ESC ]` … BEL/ST,
    ///   or C1 `0x9D`), DCS/SOS/PM/APC strings (`ESC P`/`X`/`^`/`_` … ST, or their C1 forms), and
    ///   two-character escapes (`ESC c`, `ESC 7`, `ESC ( B` …); an unterminated string runs to the end;
    /// - every other C0 control, DEL and C1 control;
    /// - bidi embedding/override/isolate controls U+202A–U+202E and U+2066–U+2069.
    ///
    /// Tab, line feed, vertical tab, form feed, carriage return and U+2028/U+2029 become a single
    /// space (runs of them collapse), so "House 5\nPeshawar" stays readable on one row.
    /// Latin, Urdu/Pashto (Arabic script, including its combining marks) and everything else is kept.
    public static func forTerminal(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var lastWasBreak = false
        var pending: Unicode.Scalar? = nil

        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return scalars.next()
        }

        while let scalar = next() {
            let value = scalar.value
            switch value {
            case 0x1B:
                pending = skipEscape(&scalars)
            case 0x9B:
                pending = skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipString(&scalars)
            case 0x09...0x0D, 0x2028, 0x2029:
                if !lastWasBreak { output.append(" ") }
                lastWasBreak = true
                continue
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                break
            default:
                output.append(scalar)
            }
            lastWasBreak = false
        }
        return String(output)
    }

    /// After ESC: skips the rest of the sequence. Returns a scalar that ended the sequence
    /// abnormally and must be processed as ordinary input (nil when none).
    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        guard let introducer = scalars.next() else { return nil }
        switch introducer.value {
        case 0x5B:  // [  CSI
            return skipControlSequence(&scalars)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ] P X ^ _  OSC, DCS, SOS, PM, APC
            skipString(&scalars)
            return nil
        case 0x20...0x2F:  // intermediates, then one final byte (e.g. ESC ( B)
            while let scalar = scalars.next() {
                if (0x20...0x2F).contains(scalar.value) { continue }
                return (0x30...0x7E).contains(scalar.value) ? nil : scalar
            }
            return nil
        case 0x30...0x7E:  // two-character escape: ESC 7, ESC c, ESC M …
            return nil
        default:  // a lone ESC: keep whatever followed it (it is filtered on its own merits)
            return introducer
        }
    }

    /// After CSI: skips parameter and intermediate bytes up to and including the final byte.
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x20...0x3F: continue  // parameters and intermediates
            case 0x40...0x7E: return nil  // final byte
            default: return scalar  // malformed: stop here, process the scalar normally
            }
        }
        return nil
    }

    /// Skips a control string (OSC, DCS, SOS, PM, APC) up to BEL, ST (`ESC \`) or C1 ST (0x9C).
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        var afterEscape = false
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x07, 0x9C: return
            case 0x5C where afterEscape: return
            default: afterEscape = scalar.value == 0x1B
            }
        }
    }
}
