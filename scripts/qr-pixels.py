#!/usr/bin/env python3
"""Reads a QR code out of a real terminal's pixels: an `xwd -root` screenshot in, a PNG out (for zbarimg
and for a person to look at), and what two independent PyPI decoders read in it, as JSON on stdout:

    qr-pixels.py SCREENSHOT.xwd OUT.png   ->   {"zxing": ["KP:..."], "opencv": "KP:...", "width": W, "height": H}

Used by the QR pixel test (Tests/KioskCLITests/EndToEnd/QRPixelTests.swift); zbarimg reads the PNG itself.
"""
import json
import struct
import sys

import cv2
import numpy
import zxingcpp
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


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: qr-pixels.py SCREENSHOT.xwd OUT.png")
    image = read_xwd(sys.argv[1])
    image.save(sys.argv[2])
    grey = numpy.array(image.convert("L"))
    zxing = [result.text for result in zxingcpp.read_barcodes(grey) if result.format == zxingcpp.BarcodeFormat.QRCode]
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(grey)
    print(json.dumps({"zxing": zxing, "opencv": text, "width": image.width, "height": image.height}))


if __name__ == "__main__":
    main()
