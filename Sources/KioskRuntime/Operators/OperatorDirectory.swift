import Foundation
import KhyberVocabulary
import KioskStore
import OperatorAccounts
import ProvincialTrust
import Synchronization

/// The operator accounts this kiosk believes: its verified trust bundle's operators of its own centre (the
/// bundle's `devices` give the kiosk's centre), plus what this kiosk keeps itself — passwords set here (used
/// at once; they reach other kiosks through the central and the next bundle) and wrong tries with their lock.
///
/// Every call reads the held bundle again (a bundle stored by a sync since is believed at once; a stored file
/// that no longer verifies against the pinned root is not). Calls block (scrypt, SQLite): run them off the
/// cooperative pool. Nothing here logs or keeps a secret.
public final class OperatorDirectory: Sendable {
    private let database: RegistryDatabase
    private let trust: ProvincialTrustSetting
    private let policy: OperatorLockoutPolicy
    private let costLog2: Int
    private let cache = Mutex<OperatorBook?>(nil)

    /// `trust` gives the pinned root and this kiosk's id; `costLog2` is the scrypt cost of passwords set here.
    public init(
        database: RegistryDatabase, trust: ProvincialTrustSetting, policy: OperatorLockoutPolicy = .standard,
        costLog2: Int = OperatorCredential.defaultCostLog2
    ) {
        self.database = database
        self.trust = trust
        self.policy = policy
        self.costLog2 = costLog2
    }

    /// Signs `id` in with a password or a first-time code.
    public func signIn(id: String, secret: String, now: Date) -> OperatorSignInResult {
        let id = OperatorIDCheck.canonical(id)
        let account: (identity: OperatorIdentity, credential: OperatorCredential, attempts: OperatorAttempts)
        switch prepare(id) {
        case .failure(.lookup(.unknownOrDisabled)): return .unknownOrDisabled
        case .failure(let refusal): return .refused(refusal.description)
        case .success(let found): account = found
        }
        if let until = policy.lockedUntil(account.attempts, now: now) { return .lockedOut(until: until) }
        guard account.credential.matches(secret) else {
            let after = policy.afterFailure(account.attempts, now: now)
            do { try database.recordOperatorAttempts(id, failedAttempts: after.failedAttempts, lockedUntil: after.lockedUntil) } catch {
                return .refused("the kiosk could not record the try: \(error)")
            }
            if let until = policy.lockedUntil(after, now: now) { return .lockedOut(until: until) }
            return .refused(policy.words(after: after, now: now))
        }
        if account.attempts != OperatorAttempts() {
            do { try database.recordOperatorAttempts(id, failedAttempts: 0, lockedUntil: nil) } catch {
                return .refused("the kiosk could not record the sign-in: \(error)")
            }
        }
        switch account.credential.kind {
        case .oneTimeCode: return .mustSetPassword(account.identity)
        case .password: return .signedIn(account.identity)
        }
    }

    /// Replaces the operator's code or password with `newPassword` (see `OperatorPasswordRule`; the screen
    /// compares the two entries): checks the current secret (a wrong one counts towards the lock), stores the
    /// new verifier here (it works at once on this kiosk) and queues the `operator.credential` operation with
    /// the verifier only, in one transaction.
    public func setPassword(id: String, oneTimeCodeOrOldPassword: String, newPassword: String, now: Date) throws(OperatorAccountError) {
        let id = OperatorIDCheck.canonical(id)
        let account: (identity: OperatorIdentity, credential: OperatorCredential, attempts: OperatorAttempts)
        switch prepare(id) {
        case .failure(let refusal): throw refusal
        case .success(let found): account = found
        }
        if let until = policy.lockedUntil(account.attempts, now: now) { throw .lockedOut(until: until) }
        guard account.credential.matches(oneTimeCodeOrOldPassword) else {
            let after = policy.afterFailure(account.attempts, now: now)
            do { try database.recordOperatorAttempts(id, failedAttempts: after.failedAttempts, lockedUntil: after.lockedUntil) } catch {
                throw .storage("\(error)")
            }
            if let until = policy.lockedUntil(after, now: now) { throw .lockedOut(until: until) }
            throw .wrongSecret(policy.words(after: after, now: now))
        }
        if let problem = OperatorPasswordRule.problem(newPassword, operatorID: id, current: oneTimeCodeOrOldPassword) {
            throw .weakPassword(problem)
        }
        let kioskID = RegistryDatabase.canonicalKioskID(trust.kioskID)
        let credential: OperatorCredential
        do {
            credential = try OperatorCredential.make(
                secret: newPassword, kind: .password, version: account.credential.version + 1, setAt: now, setBy: BundleIssuer.kioskScope(kioskID),
                costLog2: costLog2)
        } catch { throw .storage("cannot hash the new password: \(error)") }
        do {
            try database.storeOperatorCredential(credential, operatorID: id, centre: account.identity.centre, kioskID: kioskID, now: now)
        } catch { throw .storage("\(error)") }
    }

    /// The enabled accounts of this kiosk's centre (empty without a believed bundle), by id.
    public func accounts() -> [OperatorIdentity] {
        (try? book().get())?.usableIdentities ?? []
    }

    /// Why this kiosk knows no operators (no bundle, the kiosk not in it); nil when it knows its centre's.
    public func unavailableReason() -> String? {
        switch book() {
        case .failure(let refusal): refusal.description
        case .success(let book): book.centre == nil ? OperatorLookupRefusal.kioskNotEnrolled.description : nil
        }
    }

    /// This kiosk's centre as the held bundle names it.
    public func centre() -> String? { (try? book().get())?.centre }

    // MARK: - Reading the bundle and the kiosk's own state

    private func prepare(_ id: String) -> Result<(identity: OperatorIdentity, credential: OperatorCredential, attempts: OperatorAttempts), OperatorAccountError> {
        let book: OperatorBook
        switch self.book() {
        case .failure(let refusal): return .failure(refusal)
        case .success(let found): book = found
        }
        let identity: OperatorIdentity
        let bundleCredential: OperatorCredential
        switch book.lookUp(id) {
        case .failure(let refusal): return .failure(.lookup(refusal))
        case .success(let found): (identity, bundleCredential) = found
        }
        let state: LocalOperatorState
        do { state = try database.localOperatorState(identity.id) } catch { return .failure(.storage("\(error)")) }
        let credential = OperatorCredential.newest(bundleCredential, state.credential) ?? bundleCredential
        return .success((identity, credential, OperatorAttempts(failedAttempts: state.failedAttempts, lockedUntil: state.lockedUntil)))
    }

    /// The held bundle's operator book, verified again when the held version changed.
    private func book() -> Result<OperatorBook, OperatorAccountError> {
        let held: HeldTrustBundle?
        do { held = try database.heldTrustBundle() } catch { return .failure(.storage("\(error)")) }
        guard let held else { return .failure(.lookup(.noTrustBundle)) }
        if let cached = cache.withLock({ $0 }), cached.bundleVersion == held.version { return .success(cached) }
        let verifier = TrustBundleVerifier(pinnedRoot: trust.root)
        let content: TrustBundleContent
        do throws(TrustBundleRefusal) { content = try verifier.verify(held.file, heldVersion: nil).content } catch {
            return .failure(.unavailable("the stored trust bundle is not believed (\(error)); sync to fetch it again"))
        }
        let book = OperatorBook(content: content, kioskID: RegistryDatabase.canonicalKioskID(trust.kioskID))
        cache.withLock { $0 = book }
        return .success(book)
    }
}

/// Why a sign-in or a password change was refused, in plain words for the operator (never the secret).
public enum OperatorAccountError: Error, Hashable, Sendable, CustomStringConvertible {
    case lookup(OperatorLookupRefusal)
    case unavailable(String)
    case lockedOut(until: Date)
    case wrongSecret(String)
    case weakPassword(String)
    case storage(String)

    public var description: String {
        switch self {
        case .lookup(let refusal): refusal.description
        case .unavailable(let words), .wrongSecret(let words), .weakPassword(let words): words
        case .lockedOut(let until): OperatorLockoutPolicy.lockedWords(until: until, now: Date())
        case .storage(let words): "the kiosk could not save this: \(words)"
        }
    }
}
