extension KioskState {
    /// The sync engine reported the link: only the header changes; no screen, no session is touched.
    mutating func handleConnectionChanged(_ badge: ConnectionBadge) -> [KioskEffect] {
        connection = badge
        return []
    }
}
