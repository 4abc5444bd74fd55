import AuditTrail
import Foundation

/// Where a registry keeps the signer its audit entries are sealed with (set once the device key is
/// loaded, read inside write transactions).
final class AuditSignerSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var signer: AuditSigner?

    var current: AuditSigner? {
        lock.lock()
        defer { lock.unlock() }
        return signer
    }

    func set(_ signer: AuditSigner?) {
        lock.lock()
        self.signer = signer
        lock.unlock()
    }
}
