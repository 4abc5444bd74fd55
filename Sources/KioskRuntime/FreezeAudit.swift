import AuditTrail
import KioskApp

/// The audit entry of a freeze starting or ending: `freeze.started` with the broken rule, its value and its
/// limit (`rule`: `oldest-unsent` in days, `too-many-pending` in operations, `trust-expired` in days), or
/// `freeze.ended`. No operator: the kiosk froze itself.
enum FreezeAudit {
    static func event(_ reason: FreezeReason?) -> AuditEvent {
        guard let reason else { return AuditEvent(action: .freezeEnded) }
        let (rule, value, limit): (String, Int, Int) =
            switch reason {
            case .oldestUnsent(let days, let limit): ("oldest-unsent", days, limit)
            case .tooManyPending(let count, let limit): ("too-many-pending", count, limit)
            case .trustExpired(let days, let limit): ("trust-expired", days, limit)
            }
        return AuditEvent(action: .freezeStarted, detail: ["rule": rule, "value": String(value), "limit": String(limit)])
    }
}
