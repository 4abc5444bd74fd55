import BidiText
import Screen

/// Splits text into rows of at most a given display width, at spaces where it can.
enum TextWrap {
    /// Rows of `text` no wider than `width`; text that fits stays as it is (spacing kept), words
    /// longer than a row are cut. No rows for width ≤ 0 or blank text. Right-to-left or Arabic-script
    /// text (`BidiText.needsWork`) is remembered: measuring it takes `DisplayWidth`'s slow path for every
    /// letter of every candidate line, and the same paragraphs are wrapped on every frame. Other text is
    /// wrapped afresh: Latin measures fast, and hashing a key with non-ASCII characters (•, –, …) for
    /// the memo costs more than wrapping mostly-ASCII text (measured: English's form visit).
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        guard BidiText.needsWork(text) else { return wrap(text, width: width) }
        return memo.value(for: Key(text: text, width: width)) { wrap(text, width: width) }
    }

    /// The remembered wrappings (bounded like `BidiText.memo`: typed answers come and go).
    static let memo = BoundedCache<Key, [String]>(limit: BidiText.memoLimit)

    /// A remembered wrapping's text and width.
    struct Key: Hashable, Sendable {
        let text: String
        let width: Int
    }

    /// `lines` worked out afresh (the reference the memo is tested against).
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        if DisplayWidth.of(text) <= width, !text.allSatisfy({ $0 == " " }) { return [text] }
        var rows: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { rows.append(current) }
            current = ""
            var rest = word
            while DisplayWidth.of(rest) > width {
                var piece = DisplayWidth.prefix(rest, fittingIn: width)
                if piece.isEmpty { piece = String(rest.first!) }
                rows.append(piece)
                rest.removeFirst(piece.count)
            }
            current = rest
        }
        if !current.isEmpty { rows.append(current) }
        return text.contains(leftToRightMark) ? closingLeftToRightRuns(rows) : rows
    }

    static let leftToRightMark: Character = "\u{200E}"

    /// Left-to-right data in a right-to-left sentence comes between two LEFT-TO-RIGHT MARKs
    /// (`BidiText.leftToRightData`). A row that ends inside such a run gets a mark at its end and the
    /// next row one at its start, so each row, shaped on its own, keeps the run's last punctuation
    /// where it belongs: "Peshawar City," not ",House 12" on the left of the first row.
    static func closingLeftToRightRuns(_ rows: [String]) -> [String] {
        var open = false
        return rows.map { row in
            let marks = row.reduce(0) { $0 + ($1 == leftToRightMark ? 1 : 0) }
            let opened = open
            open = open != (marks % 2 == 1)
            return (opened ? String(leftToRightMark) : "") + row + (open ? String(leftToRightMark) : "")
        }
    }
}
