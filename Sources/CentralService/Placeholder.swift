// CentralService: filled in by issue 5.
