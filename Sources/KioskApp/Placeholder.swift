// KioskApp: the pure app core (issue 3).
