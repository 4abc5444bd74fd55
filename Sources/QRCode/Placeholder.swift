// QRCode: see the issue tracker.
