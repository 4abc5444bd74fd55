/// The sync engine as the run loop sees it: something to nudge when work was just saved.
public protocol SyncNudging: Sendable {
    /// Asks for a round now (returns at once).
    func requestSync()
}
