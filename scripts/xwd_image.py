"""An `xwd` screenshot (X Window Dump) as a Pillow image, shared by the real-terminal pixel scripts
(qr-pixels.py, glyph-ink.py)."""
import struct

from PIL import Image


def read_xwd(path):
    """An XWD file (X Window Dump, as `xwd` writes it) as an RGB Pillow image: ZPixmap, 24/32 bits per pixel."""
    with open(path, "rb") as handle:
        data = handle.read()
    fields = struct.unpack(">25I", data[:100])
    header_size, version, pixmap_format, depth, width, height = fields[:6]
    byte_order, bits_per_pixel, bytes_per_line = fields[7], fields[11], fields[12]
    colormap_entries = fields[19]
    if version != 7 or pixmap_format != 2 or bits_per_pixel not in (24, 32):
        raise SystemExit(f"unsupported xwd: version {version}, format {pixmap_format}, {bits_per_pixel} bpp, depth {depth}")
    start = header_size + 12 * colormap_entries
    pixels = data[start:start + bytes_per_line * height]
    if bits_per_pixel == 32:
        raw = "BGRX" if byte_order == 0 else "XRGB"
    else:
        raw = "BGR" if byte_order == 0 else "RGB"
    return Image.frombuffer("RGB", (width, height), pixels, "raw", raw, bytes_per_line, 1)
