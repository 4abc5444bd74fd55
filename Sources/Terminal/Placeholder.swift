// Terminal: see the issue tracker.
