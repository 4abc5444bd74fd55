// KioskStore: see the issue tracker.
