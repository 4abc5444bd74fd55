import QRCode
import Screen

/// My Khyber Pass: the QR code black on white with the citizen's name, masked CNIC and validity
/// beside it (or under it), or a plain message while preparing or when it cannot be shown.
///
/// Unicode mode uses half blocks (45×23 cells for version 5 with its quiet zone); at 80×24 the QR
/// fills columns 0–44, rows 0–22, and the text stands in columns 49–79. ASCII mode uses
/// `ASCIIRenderer` (90×45 cells); when that does not fit the screen shows the text and
/// "This screen is too small to show the code. Please ask at the counter." instead.
enum MyPassView {
    /// Columns of the text beside the code.
    static let textWidth = 31
    /// Columns between the code and the text.
    static let gap = 4

    /// Draws the My Khyber Pass screen.
    static func draw(_ myPass: MyPassScreen, _ state: KioskState, on frame: inout Frame) {
        switch myPass {
        case .preparing:
            message([state.text("pass.preparing")], state, on: &frame)
        case .unreadable:
            message([state.text("pass.unreadable")], state, on: &frame)
        case .ready(let matrix):
            let grid = renderer(for: state.settings.glyphMode).render(matrix)
            if !drawCode(grid, state, on: &frame) {
                message([state.text("pass.tooSmall")], state, on: &frame)
            }
        }
    }

    /// Half blocks for Unicode, two-column `#` modules for ASCII; 4-module quiet zone either way.
    static func renderer(for mode: GlyphMode) -> any QRRenderer {
        mode == .unicode ? HalfBlockRenderer() : ASCIIRenderer()
    }

    /// Lays the code out beside or under the text; false when the code does not fit at all.
    private static func drawCode(_ grid: QRCellGrid, _ state: KioskState, on frame: inout Frame) -> Bool {
        let width = frame.width, height = frame.height
        let text = textItems(state)
        if width >= grid.width + gap + textWidth, height >= grid.height {
            let left = (width - grid.width - gap - textWidth) / 2
            // A right-to-left language mirrors the layout: the code on the right, its text on the left.
            let mirrored = state.isRightToLeft
            drawGrid(grid, x: mirrored ? left + textWidth + gap : left, y: (height - grid.height) / 2, on: &frame)
            let column = Rect(x: mirrored ? left : left + grid.width + gap, y: 0, width: textWidth, height: height - 1)
            BodyLayout.draw(text, in: column, on: &frame)
            frame.writeAligned(state.text("pass.legend"), x: column.x, width: textWidth, y: height - 1, rightToLeft: mirrored)
            return true
        }
        let textRows = text.reduce(0) { $0 + BodyLayout.rows(of: $1, width: width) }
        if width >= grid.width, height >= grid.height + 1 + textRows + 1 {
            let top = (height - 1 - grid.height - 1 - textRows) / 2
            drawGrid(grid, x: (width - grid.width) / 2, y: top, on: &frame)
            BodyLayout.draw(text, in: Rect(x: 0, y: top + grid.height + 1, width: width, height: textRows), on: &frame)
            frame.writeCentered(state.text("pass.legend"), in: frame.bounds, y: height - 1)
            return true
        }
        if width >= grid.width, height >= grid.height {
            drawGrid(grid, x: (width - grid.width) / 2, y: (height - grid.height) / 2, on: &frame)
            return true
        }
        return false
    }

    /// Title, name, masked CNIC and validity.
    private static func textItems(_ state: KioskState) -> [BodyItem] {
        let mode = state.settings.glyphMode
        let title = BodyItem.text(state.text("pass.title"), KioskStyle.title)
        guard let citizen = state.citizen else { return [title] }
        var items: [BodyItem] = [title, .gap(), .text(citizen.nameLatin, KioskStyle.title)]
        if let urdu = citizen.nameUrdu, state.showsArabicScript { items.append(.text(urdu)) }
        items.append(.text(citizen.cnic.masked(with: mode.cnicMask)))
        if let until = citizen.passValidUntil { items += [.gap(), .text(state.text("pass.validUntil", ["date": state.date(until)]))] }
        return items
    }

    /// Every QR cell in its forced black and white (blanks on the module's colour, `▄` on the top
    /// module's colour), so the code reads dark-on-light on any theme and in any font.
    static func drawGrid(_ grid: QRCellGrid, x: Int, y: Int, on frame: inout Frame) {
        for (row, cells) in grid.rows.enumerated() {
            for (column, cell) in cells.enumerated() {
                frame.set(cell.glyph, x: x + column, y: y + row, style: KioskStyle.qr(ink: cell.ink, paper: cell.paper))
            }
        }
    }

    /// The ordinary chrome with the citizen's text and `lines` in the body.
    private static func message(_ lines: [String], _ state: KioskState, on frame: inout Frame) {
        let body = Chrome.draw(state, legend: state.text("pass.legend"), on: &frame)
        let items = textItems(state) + [.gap()] + lines.map { BodyItem.text($0, KioskStyle.attention) }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
