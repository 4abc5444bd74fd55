// SyntheticRegistry: see the issue tracker.
