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
            message(["Preparing your pass\(state.settings.glyphMode.ellipsis)"], state, on: &frame)
        case .unreadable:
            message(["Your pass cannot be shown here. Please ask at the counter."], state, on: &frame)
        case .ready(let matrix):
            let grid = renderer(for: state.settings.glyphMode).render(matrix)
            if !drawCode(grid, state, on: &frame) {
                message(["This screen is too small to show the code. Please ask at the counter."], state, on: &frame)
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
            drawGrid(grid, x: left, y: (height - grid.height) / 2, on: &frame)
            let column = Rect(x: left + grid.width + gap, y: 0, width: textWidth, height: height - 1)
            BodyLayout.draw(text, in: column, on: &frame)
            frame.write(legend, x: column.x, y: height - 1)
            return true
        }
        let textRows = text.reduce(0) { $0 + BodyLayout.rows(of: $1, width: width) }
        if width >= grid.width, height >= grid.height + 1 + textRows + 1 {
            let top = (height - 1 - grid.height - 1 - textRows) / 2
            drawGrid(grid, x: (width - grid.width) / 2, y: top, on: &frame)
            BodyLayout.draw(text, in: Rect(x: 0, y: top + grid.height + 1, width: width, height: textRows), on: &frame)
            frame.writeCentered(legend, in: frame.bounds, y: height - 1)
            return true
        }
        if width >= grid.width, height >= grid.height {
            drawGrid(grid, x: (width - grid.width) / 2, y: (height - grid.height) / 2, on: &frame)
            return true
        }
        return false
    }

    static let legend = "Enter or Esc: back"

    /// Title, name, masked CNIC and validity.
    private static func textItems(_ state: KioskState) -> [BodyItem] {
        let mode = state.settings.glyphMode
        guard let citizen = state.citizen else { return [.text("My Khyber Pass", KioskStyle.title)] }
        var items: [BodyItem] = [.text("My Khyber Pass", KioskStyle.title), .gap(), .text(citizen.nameLatin, KioskStyle.title)]
        if let urdu = citizen.nameUrdu { items.append(.text(urdu)) }
        items.append(.text(citizen.cnic.masked(with: mode.cnicMask)))
        if let until = citizen.passValidUntil { items += [.gap(), .text("Valid until \(until.display)")] }
        return items
    }

    /// Every QR cell black on white, so the code reads dark-on-light on any terminal theme.
    static func drawGrid(_ grid: QRCellGrid, x: Int, y: Int, on frame: inout Frame) {
        for (row, cells) in grid.rows.enumerated() {
            for (column, cell) in cells.enumerated() {
                frame.set(cell.glyph, x: x + column, y: y + row, style: cell.forcedDarkOnLight ? KioskStyle.qrDarkOnLight : .plain)
            }
        }
    }

    /// The ordinary chrome with the citizen's text and `lines` in the body.
    private static func message(_ lines: [String], _ state: KioskState, on frame: inout Frame) {
        let body = Chrome.draw(state, legend: legend, on: &frame)
        let items = textItems(state) + [.gap()] + lines.map { BodyItem.text($0, KioskStyle.attention) }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
