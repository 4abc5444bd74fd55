import Screen

/// A cleared, boxed rectangle in the middle of the frame, for the idle warning and the operator prompt.
enum OverlayBox {
    /// Clears and outlines a centred `width` × `height` box (cut to the frame); returns its inside. The
    /// title sits in the top edge, shaped, at the left (at the right in a right-to-left language).
    static func draw(
        width: Int, height: Int, mode: GlyphMode, title: String? = nil, rightToLeft: Bool = false, on frame: inout Frame
    ) -> Rect {
        let boxWidth = min(width, frame.width), boxHeight = min(height, frame.height)
        let rect = Rect(x: (frame.width - boxWidth) / 2, y: (frame.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        frame.fill(rect)
        frame.drawBox(rect, glyphs: mode.box)
        if let title, rect.width > 4 {
            frame.writeAligned(title, x: rect.x + 2, width: rect.width - 4, y: rect.y, rightToLeft: rightToLeft)
        }
        return rect.insetBy(dx: 2, dy: 1)
    }
}
