/// A readable difference between two values for test failures: each is written out one field
/// per line (by reflection; dictionaries sorted by key, so equal values read the same), and the
/// lines that differ are shown with a little context.
enum StateDiff {
    /// The lines that differ between `expected` and `actual`, `−` for expected and `+` for actual.
    static func lines(expected: Any, actual: Any, context: Int = 2) -> String {
        let old = dump(expected), new = dump(actual)
        let edits = lineEdits(old, new)
        let changed = edits.indices.filter { edits[$0].mark != " " }
        guard !changed.isEmpty else { return "  (the values print the same)" }
        var shown: [String] = []
        var lastShown = -1
        for index in edits.indices where changed.contains(where: { abs($0 - index) <= context }) {
            if lastShown >= 0 && index > lastShown + 1 { shown.append("  …") }
            shown.append("\(edits[index].mark) \(edits[index].line)")
            lastShown = index
        }
        return shown.joined(separator: "\n")
    }

    /// One line of a diff: unchanged (" "), only expected ("−") or only actual ("+").
    private struct Edit {
        let mark: Character
        let line: String
    }

    /// The longest-common-subsequence edit script from `old` to `new`.
    private static func lineEdits(_ old: [String], _ new: [String]) -> [Edit] {
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                edits.append(Edit(mark: " ", line: old[i]))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || common[i + 1][j] >= common[i][j + 1] {
                edits.append(Edit(mark: "−", line: old[i]))
                i += 1
            } else {
                edits.append(Edit(mark: "+", line: new[j]))
                j += 1
            }
        }
        return edits
    }

    /// `value` written out one field per line, nested by indentation.
    static func dump(_ value: Any) -> [String] {
        var out: [String] = []
        write(value, label: nil, indent: 0, to: &out)
        return out
    }

    private static func write(_ value: Any, label: String?, indent: Int, to out: inout [String]) {
        let mirror = Mirror(reflecting: value)
        let prefix = String(repeating: "  ", count: indent) + (label.map { "\($0): " } ?? "")
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return out.append(prefix + "nil") }
            write(wrapped, label: label, indent: indent, to: &out)
        case .enum where mirror.children.isEmpty:
            out.append(prefix + ".\(value)")
        case .enum:
            let child = mirror.children.first!
            write(child.value, label: (label.map { "\($0): " } ?? "") + "." + (child.label ?? "?"), indent: indent, to: &out)
        case .collection, .set, .dictionary:
            var children = mirror.children.map { child in child.value }
            if mirror.displayStyle != .collection { children.sort { String(describing: $0) < String(describing: $1) } }
            if children.allSatisfy(isLeaf) {
                out.append(prefix + "[" + children.map(leaf).joined(separator: ", ") + "]")
                return
            }
            out.append(prefix + "[")
            for child in children { write(child, label: nil, indent: indent + 1, to: &out) }
            out.append(String(repeating: "  ", count: indent) + "]")
        case .struct, .class, .tuple:
            guard !mirror.children.isEmpty else { return out.append(prefix + String(reflecting: value)) }
            out.append(prefix + "\(mirror.displayStyle == .tuple ? "" : "\(type(of: value)) ")(")
            for (index, child) in mirror.children.enumerated() {
                write(child.value, label: child.label.map { $0.hasPrefix(".") ? "\(index)" : $0 } ?? "\(index)", indent: indent + 1, to: &out)
            }
            out.append(String(repeating: "  ", count: indent) + ")")
        default:
            out.append(prefix + leaf(value))
        }
    }

    /// A value with nothing inside, as code would spell it; in a string, every invisible or
    /// control character is written as `\u{…}` so that a difference in one can be seen.
    private static func leaf(_ value: Any) -> String {
        guard let text = value as? String else { return String(reflecting: value) }
        let visible = text.unicodeScalars.map { scalar -> String in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
                "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                scalar == "\"" || scalar == "\\" ? "\\" + String(scalar) : String(scalar)
            }
        }
        return "\"" + visible.joined() + "\""
    }

    /// True for a value with nothing inside to write out (a number, a string, a date, a bare case).
    private static func isLeaf(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        return mirror.children.isEmpty && mirror.displayStyle != .optional
    }
}
