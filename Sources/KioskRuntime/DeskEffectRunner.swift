import AuditTrail
import Foundation
import IdentityCore
import KioskApp
import KioskStore
import Services

/// Carries out the operator screens' effects against the registry, the pass desk and the operator
/// accounts, and turns each result into the `DeskEvent` the screen waits for.
struct DeskEffectRunner {
    let environment: KioskEnvironment

    /// The answer to `effect`; nil for effects nobody waits for. Store errors are thrown.
    func run(_ effect: DeskEffect) throws -> KioskEvent? {
        let registry = environment.registry
        let now = environment.now()
        switch effect {
        case .signIn(let id, let secret):
            return .desk(.signInAnswered(signIn(id: id, secret: secret, now: now)))
        case .coSign(let id, let secret):
            return .desk(.coSignAnswered(signIn(id: id, secret: secret, now: now)))
        case .setPassword(let id, let code, let newPassword):
            guard let accounts = environment.operatorAccounts else { return .desk(.passwordRefused(Self.noAccounts)) }
            do {
                return .desk(.passwordSet(try accounts.setPassword(id: id, code: code, newPassword: newPassword, now: now)))
            } catch let words as any CustomStringConvertible {
                // The accounts' refusals are plain words for the operator (they never hold the secret).
                return .desk(.passwordRefused(words.description))
            } catch {
                return .desk(.passwordRefused(KioskEffectRunner.plainWords(error)))
            }
        case .signOut(let operatorID):
            try registry.appendAudit(AuditEvent(action: .operatorSignedOut, operatorID: operatorID), now: now)
            return nil
        case .loadRecord(let cnic):
            return .desk(.recordLoaded(try record(cnic), looked: cnic))
        case .findByPass(let text):
            let verdict = PassVerifier(trustList: try environment.verificationTrustList()).verify(text, now: now)
            guard case .valid(let claims) = verdict else { return .desk(.passRefused(verdict)) }
            return .desk(.recordLoaded(try record(claims.cnic), looked: claims.cnic))
        case .findByMobile(let mobile):
            return .desk(.matchesFound(try registry.citizens(mobile: mobile).prefix(Self.matchLimit).map { match($0) }))
        case .findByName(let name, let district):
            return .desk(.matchesFound(try registry.search(name, district: district, limit: Self.matchLimit).map { match($0) }))
        case .recordCardChecked(let cnic, let operatorID):
            try registry.appendAudit(AuditEvent(action: .cardChecked, operatorID: operatorID, cnic: cnic), now: now)
            return .desk(.cardCheckRecorded(cnic))
        case .setPIN(let cnic, let pin, let operatorID, let coSignerID, let revokeOldPass):
            guard let citizen = try registry.citizen(cnic) else { return .effectFailed("no registry record for \(cnic.masked)") }
            if let weakness = PINStrength.weakness(of: pin, birthDate: citizen.birthDate) { return .effectFailed(weakness.explanation) }
            // A reset (the citizen had a PIN) carries the supervisor's co-sign; a first PIN is an activation.
            let action: AuditAction = try registry.pinCredential(for: cnic) == nil ? .pinActivated : .pinReset
            let audit = AuditEvent(action: action, operatorID: operatorID, coSignerID: coSignerID, cnic: cnic,
                                   detail: revokeOldPass ? ["oldPass": "revoked"] : [:])
            try registry.setPIN(try PINCredential.make(pin: pin), for: cnic, audit: audit, now: now)
            let pass = try issuePass(cnic, operatorID: operatorID, reissue: revokeOldPass, now: now)
            return .desk(.pinSaved(try requireRecord(cnic), pass))
        case .reissuePass(let cnic, let operatorID):
            let pass = try issuePass(cnic, operatorID: operatorID, reissue: true, now: now)
            return .desk(.passIssued(try requireRecord(cnic), pass))
        case .revokePass(let cnic, let operatorID):
            if let latest = try registry.latestPass(for: cnic), latest.revokedAt == nil {
                try revoke(latest, operatorID: operatorID, reason: nil, trust: try environment.verificationTrustList(), now: now)
            }
            return .desk(.passRevoked(try requireRecord(cnic)))
        case .submitAssisted(let draft, let operatorID):
            return KioskEffectRunner(environment: environment).submit(draft, assistedBy: operatorID)
        case .loadOutbox:
            return .desk(.outboxLoaded(try outboxRows()))
        case .retryOperation(let opID, let operatorID):
            let requeued = try registry.retryFailedOperation(opID: opID)
            if requeued { try registry.appendAudit(AuditEvent(action: .outboxRetried, operatorID: operatorID, detail: ["op": opID]), now: now) }
            return .desk(.operationRetried(opID: opID, requeued: requeued))
        case .exportBundle(let folder, let operatorID):
            return try exportBundle(folder: folder, operatorID: operatorID, now: now)
        case .importBundles(let folder, let operatorID):
            return try importBundles(folder: folder, operatorID: operatorID, now: now)
        }
    }

    /// Results listed at most (three pages of nine).
    static let matchLimit = 27

    static let noAccounts = "Operator accounts are not set up on this kiosk (they come with the trust bundle)."

    private func signIn(id: String, secret: String, now: Date) -> DeskSignInResult {
        guard let accounts = environment.operatorAccounts else { return .refused(Self.noAccounts) }
        let result = accounts.signIn(id: id, secret: secret, now: now)
        // Sign-ins and their failures are security events; an audit that cannot be written is logged, and a
        // sign-in is not refused for it (the desk's actions that change data refuse without their entry).
        let claimed = String(id.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }.prefix(32))
        let event: AuditEvent
        switch result {
        case .signedIn(let person), .mustSetPassword(let person): event = AuditEvent(action: .operatorSignedIn, operatorID: person.id)
        case .lockedOut: event = AuditEvent(action: .operatorLockedOut, detail: ["claimedID": claimed])
        case .refused, .unknownOrDisabled: event = AuditEvent(action: .operatorSignInFailed, detail: ["claimedID": claimed])
        }
        do throws(RegistryError) { try environment.registry.appendAudit(event, now: now) } catch {
            KioskLog.write("audit: sign-in event not recorded: \(error)")
        }
        return result
    }

    /// The operator's view of a citizen: every field, the PIN's state, the latest pass.
    func record(_ cnic: CNIC) throws -> DeskCitizenRecord? {
        let registry = environment.registry
        guard let citizen = try registry.citizen(cnic) else { return nil }
        let pin: PINState
        if let credential = try registry.pinCredential(for: cnic) {
            if let until = credential.lockedUntil, until > environment.now() { pin = .locked(until: until) } else { pin = .set }
        } else {
            pin = .notSet
        }
        let pass = try registry.latestPass(for: cnic).map { DeskPassInfo(serial: $0.serial, validUntil: $0.expiresOn, isRevoked: $0.revokedAt != nil) }
        return DeskCitizenRecord(
            cnic: citizen.cnic, nameLatin: citizen.nameLatin, nameUrdu: citizen.nameUrdu, guardianLatin: citizen.guardianLatin,
            guardianUrdu: citizen.guardianUrdu, guardianRelation: citizen.guardianRelation, gender: citizen.gender, birthDate: citizen.birthDate,
            districtName: environment.districts.district(code: citizen.districtCode)?.name ?? String(citizen.districtCode),
            tehsil: citizen.tehsil, address: citizen.address, mobile: citizen.mobile, pin: pin, pass: pass
        )
    }

    private func requireRecord(_ cnic: CNIC) throws -> DeskCitizenRecord {
        guard let found = try record(cnic) else { throw MissingRecord(cnic: cnic) }
        return found
    }

    private func match(_ citizen: Citizen) -> DeskMatch {
        DeskMatch(
            cnic: citizen.cnic, nameLatin: citizen.nameLatin, nameUrdu: citizen.nameUrdu, guardianLatin: citizen.guardianLatin,
            guardianRelation: citizen.guardianRelation, districtName: districtName(citizen.districtCode), birthYear: citizen.birthDate.year
        )
    }

    private func match(_ found: NameMatch) -> DeskMatch {
        DeskMatch(
            cnic: found.cnic, nameLatin: found.nameLatin, nameUrdu: found.nameUrdu, guardianLatin: found.guardianLatin,
            guardianRelation: found.guardianRelation, districtName: districtName(found.districtCode), birthYear: found.birthDate.year
        )
    }

    private func districtName(_ code: Int) -> String { environment.districts.district(code: code)?.name ?? String(code) }

    /// Operations not yet acknowledged: refused (with the central's reason and tracking number) and pending.
    private func outboxRows() throws -> [OutboxRow] {
        let registry = environment.registry
        let tracking = Dictionary(try registry.failedOperations().map { ($0.opID, $0.tracking) }, uniquingKeysWith: { first, _ in first })
        return try registry.outbox().filter { $0.acknowledgedAt == nil }.map { entry in
            OutboxRow(
                opID: entry.opID, kind: entry.kind, tracking: tracking[entry.opID] ?? nil, createdAt: entry.createdAt,
                attempts: entry.attempts, refusal: entry.failedAt == nil ? nil : (entry.failureReason ?? "no reason given")
            )
        }
    }
}

/// A citizen's record vanished between a change and reading it back (never a full CNIC in the words).
struct MissingRecord: LoggableError {
    let cnic: CNIC
    var description: String { "no registry record for \(cnic.masked)" }
}
