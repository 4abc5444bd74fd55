// Screen: see the issue tracker.
