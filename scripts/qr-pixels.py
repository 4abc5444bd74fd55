#!/usr/bin/env python3
"""Reads a QR code out of a real terminal's pixels: an `xwd -root` screenshot in, a PNG out (for zbarimg
and for a person to look at), and what two independent PyPI decoders read in it, as JSON on stdout:

    qr-pixels.py SCREENSHOT.xwd OUT.png   ->   {"zxing": ["KP:..."], "opencv": "KP:...", "width": W, "height": H}

Used by the QR pixel test (Tests/KioskCLITests/EndToEnd/QRPixelTests.swift); zbarimg reads the PNG itself.
"""
import json
import sys

import cv2
import numpy
import zxingcpp
from xwd_image import read_xwd


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
