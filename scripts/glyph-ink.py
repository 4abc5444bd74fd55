#!/usr/bin/env python3
"""How much ink each character cell of a real terminal holds: an `xwd -root` screenshot of one xterm
(black on white, at +0+0, no border, no scroll bar, on Xvfb's black root) in, a PNG out (for a person to
look at), and per cell the number of dark pixels, as JSON on stdout:

    glyph-ink.py SCREENSHOT.xwd OUT.png COLUMNS ROWS   ->   {"cellWidth": W, "cellHeight": H, "ink": [[n, ...], ...]}

The window is the bounding box of the light pixels; xterm's 2-pixel inner border is taken off before the
cells are measured. Used by Tests/KioskCLITests/EndToEnd/ArabicGlyphPixelTests.swift: a letter whose font
glyph is empty (KacstQurn's joined heh goal) leaves its cell without ink.
"""
import json
import sys

from xwd_image import read_xwd

INNER_BORDER = 2


def main():
    if len(sys.argv) != 5:
        raise SystemExit("usage: glyph-ink.py SCREENSHOT.xwd OUT.png COLUMNS ROWS")
    columns, rows = int(sys.argv[3]), int(sys.argv[4])
    image = read_xwd(sys.argv[1]).convert("L")
    window = image.point(lambda value: 255 if value > 200 else 0).getbbox()
    if window is None:
        raise SystemExit("no light window on the screen")
    image = image.crop(window)
    image.save(sys.argv[2])
    width, height = image.size
    cell_width = (width - 2 * INNER_BORDER) // columns
    cell_height = (height - 2 * INNER_BORDER) // rows
    if cell_width < 4 or cell_height < 8:
        raise SystemExit(f"cells of {cell_width}×{cell_height} pixels: not an xterm of {columns}×{rows}")
    pixels = image.load()
    ink = []
    for row in range(rows):
        counts = []
        for column in range(columns):
            left, top = INNER_BORDER + column * cell_width, INNER_BORDER + row * cell_height
            counts.append(sum(1 for y in range(top, top + cell_height) for x in range(left, left + cell_width) if pixels[x, y] < 128))
        ink.append(counts)
    print(json.dumps({"cellWidth": cell_width, "cellHeight": cell_height, "ink": ink}))


if __name__ == "__main__":
    main()
