/// Just enough of an xterm to follow what ncurses and newt paint: UTF-8 text, cursor moves,
/// erases, scrolling, insert/delete and repeat. Colours and modes are ignored; every character
/// is taken as one cell wide. Used to see what a child's terminal shows.
final class TerminalMirror {
    /// Columns.
    let width: Int
    /// Rows.
    let height: Int
    private var cells: [Unicode.Scalar]
    private var x = 0, y = 0
    private var saved = (x: 0, y: 0)
    private var top = 0, bottom: Int
    private var wrapPending = false
    private var lastPrinted: Unicode.Scalar = " "
    private var state = ParseState.ground
    private var sequence: [UInt8] = []
    private var pendingUTF8: [UInt8] = []
    private var utf8Needed = 0

    /// Where the parser is: plain text, after ESC, in a charset designation, a CSI sequence, or an OSC/DCS string.
    private enum ParseState { case ground, escape, charset, csi, string, stringEscape }

    /// A blank screen of `width` × `height`.
    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        bottom = height - 1
        cells = Array(repeating: " ", count: width * height)
    }

    /// The rows as text.
    var lines: [String] {
        (0..<height).map { row in
            var line = String.UnicodeScalarView()
            line.append(contentsOf: cells[row * width..<(row + 1) * width])
            return String(line)
        }
    }

    /// True when some row shows `text`.
    func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    /// Applies the terminal output `bytes`.
    func feed(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { step(byte) }
    }

    private func step(_ byte: UInt8) {
        switch state {
        case .ground: ground(byte)
        case .escape: escape(byte)
        case .charset: state = .ground
        case .csi:
            if (0x40...0x7E).contains(byte) {
                controlSequence(final: byte)
                state = .ground
            } else {
                sequence.append(byte)
            }
        case .string: if byte == 0x07 { state = .ground } else if byte == 0x1B { state = .stringEscape }
        case .stringEscape: state = byte == UInt8(ascii: "\\") ? .ground : .string
        }
    }

    private func ground(_ byte: UInt8) {
        if utf8Needed > 0, byte & 0xC0 == 0x80 {
            pendingUTF8.append(byte)
            utf8Needed -= 1
            if utf8Needed == 0 { putDecoded(pendingUTF8) }
            return
        }
        utf8Needed = 0
        switch byte {
        case 0x1B: state = .escape
        case 0x08: moveTo(x: x - 1, y: y)
        case 0x09: moveTo(x: min(width - 1, (x / 8 + 1) * 8), y: y)
        case 0x0A, 0x0B, 0x0C: wrapPending = false; lineFeed()
        case 0x0D: moveTo(x: 0, y: y)
        case 0x00..<0x20, 0x7F: break
        case 0x20..<0x7F: put(Unicode.Scalar(byte))
        case 0xC0...0xDF: begin(byte, needing: 1)
        case 0xE0...0xEF: begin(byte, needing: 2)
        case 0xF0...0xF7: begin(byte, needing: 3)
        default: break
        }
    }

    private func begin(_ byte: UInt8, needing count: Int) {
        pendingUTF8 = [byte]
        utf8Needed = count
    }

    private func putDecoded(_ bytes: [UInt8]) {
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            put(scalar)
        }
    }

    private func escape(_ byte: UInt8) {
        state = .ground
        switch byte {
        case UInt8(ascii: "["): sequence = []; state = .csi
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"): state = .string
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): state = .charset
        case UInt8(ascii: "7"): saved = (x, y)
        case UInt8(ascii: "8"): moveTo(x: saved.x, y: saved.y)
        case UInt8(ascii: "D"): lineFeed()
        case UInt8(ascii: "E"): moveTo(x: 0, y: y); lineFeed()
        case UInt8(ascii: "M"): if y == top { scroll(down: 1) } else { moveTo(x: x, y: y - 1) }
        case UInt8(ascii: "c"): erase(0, width * height); moveTo(x: 0, y: 0)
        default: break
        }
    }

    private func controlSequence(final: UInt8) {
        let isPrivate = sequence.first.map { (0x3C...0x3F).contains($0) } ?? false
        let text = String(decoding: sequence.drop { (0x3C...0x3F).contains($0) }, as: UTF8.self)
        let parameters = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        func parameter(_ index: Int, default value: Int = 1) -> Int {
            index < parameters.count && parameters[index] != 0 ? parameters[index] : value
        }
        let n = parameter(0)
        if isPrivate {
            if final == UInt8(ascii: "h"), text.split(separator: ";").contains("1049") { erase(0, width * height) }
            return
        }
        switch Unicode.Scalar(final) {
        case "A": moveTo(x: x, y: y - n)
        case "B", "e": moveTo(x: x, y: y + n)
        case "C", "a": moveTo(x: x + n, y: y)
        case "D": moveTo(x: x - n, y: y)
        case "E": moveTo(x: 0, y: y + n)
        case "F": moveTo(x: 0, y: y - n)
        case "G", "`": moveTo(x: n - 1, y: y)
        case "d": moveTo(x: x, y: n - 1)
        case "H", "f": moveTo(x: parameter(1) - 1, y: n - 1)
        case "J": eraseInDisplay(parameter(0, default: 0))
        case "K": eraseInLine(parameter(0, default: 0))
        case "X": erase(y * width + x, min(n, width - x))
        case "@": shiftRow(by: n)
        case "P": shiftRow(by: -n)
        case "L": if (top...bottom).contains(y) { scroll(down: n, from: y) }
        case "M": if (top...bottom).contains(y) { scroll(up: n, from: y) }
        case "S": scroll(up: n)
        case "T": scroll(down: n)
        case "b": for _ in 0..<n { put(lastPrinted) }
        case "r":
            top = max(0, parameter(0) - 1)
            bottom = min(height - 1, parameter(1, default: height) - 1)
            moveTo(x: 0, y: 0)
        case "s": saved = (x, y)
        case "u": moveTo(x: saved.x, y: saved.y)
        default: break // SGR, modes, reports
        }
    }

    private func put(_ scalar: Unicode.Scalar) {
        if wrapPending {
            wrapPending = false
            x = 0
            lineFeed()
        }
        cells[y * width + x] = scalar
        lastPrinted = scalar
        if x == width - 1 { wrapPending = true } else { x += 1 }
    }

    private func moveTo(x newX: Int, y newY: Int) {
        wrapPending = false
        x = min(max(0, newX), width - 1)
        y = min(max(0, newY), height - 1)
    }

    private func lineFeed() {
        if y == bottom { scroll(up: 1) } else if y < height - 1 { y += 1 }
    }

    private func erase(_ start: Int, _ count: Int) {
        guard count > 0 else { return }
        for index in start..<min(cells.count, start + count) { cells[index] = " " }
    }

    private func eraseInDisplay(_ mode: Int) {
        switch mode {
        case 0: erase(y * width + x, cells.count - (y * width + x))
        case 1: erase(0, y * width + x + 1)
        default: erase(0, cells.count)
        }
    }

    private func eraseInLine(_ mode: Int) {
        switch mode {
        case 0: erase(y * width + x, width - x)
        case 1: erase(y * width, x + 1)
        default: erase(y * width, width)
        }
    }

    /// Inserts (positive) or deletes (negative) blank cells at the cursor, within the row.
    private func shiftRow(by count: Int) {
        var row = Array(cells[y * width..<(y + 1) * width])
        let amount = min(abs(count), width - x)
        if count > 0 {
            row.insert(contentsOf: Array(repeating: " ", count: amount), at: x)
            row.removeLast(amount)
        } else {
            row.removeSubrange(x..<x + amount)
            row.append(contentsOf: Array(repeating: " ", count: amount))
        }
        cells.replaceSubrange(y * width..<(y + 1) * width, with: row)
    }

    /// Moves rows `from`…bottom up by `count`, blank rows entering at the bottom.
    private func scroll(up count: Int, from first: Int? = nil) {
        let start = first ?? top
        for _ in 0..<min(count, bottom - start + 1) {
            cells.removeSubrange(start * width..<(start + 1) * width)
            cells.insert(contentsOf: Array(repeating: " ", count: width), at: bottom * width)
        }
    }

    /// Moves rows `from`…bottom down by `count`, blank rows entering at `from`.
    private func scroll(down count: Int, from first: Int? = nil) {
        let start = first ?? top
        for _ in 0..<min(count, bottom - start + 1) {
            cells.removeSubrange(bottom * width..<(bottom + 1) * width)
            cells.insert(contentsOf: Array(repeating: " ", count: width), at: start * width)
        }
    }
}
