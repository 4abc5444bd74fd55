import Foundation

extension KioskState {
    /// The clock moved: start the idle warning after `idleTimeout` of quiet (when there is something
    /// to lose), and end the session when the warning runs out.
    mutating func handleTick(_ date: Date) -> [KioskEffect] {
        now = date
        if let deadline = idleWarningDeadline {
            guard now >= deadline else { return [] }
            return returnToWelcome(forceWipe: true)
        }
        guard hasSessionOrPendingInput, now.timeIntervalSince(lastActivity) >= settings.idleTimeout else { return [] }
        idleWarningDeadline = now.addingTimeInterval(settings.idleWarning)
        return []
    }
}
