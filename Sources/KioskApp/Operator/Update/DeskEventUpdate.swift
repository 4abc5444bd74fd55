extension KioskState {
    /// An answer to an operator screen's effect; one that no longer fits the screen does nothing.
    mutating func handleDeskEvent(_ event: DeskEvent) -> [KioskEffect] {
        switch event {
        case .signInAnswered(let result): handleSignInAnswered(result)
        case .passwordSet(let account): handlePasswordSet(account)
        case .passwordRefused(let reason): handlePasswordRefused(reason)
        case .coSignAnswered(let result): handleCoSignAnswered(result)
        case .recordLoaded(let record, _): handleRecordLoaded(record)
        case .passRefused(let verdict): handlePassRefused(verdict)
        case .matchesFound(let matches): handleMatchesFound(matches)
        case .cardCheckRecorded(let cnic): handleCardCheckRecorded(cnic)
        case .pinSaved(let record, let pass): handlePINSaved(record, pass)
        case .passIssued(let record, let pass): handlePassIssued(record, pass)
        case .passRevoked(let record): handlePassRevoked(record)
        case .outboxLoaded(let rows): handleOutboxLoaded(rows)
        case .operationRetried(let opID, let requeued): handleOperationRetried(opID: opID, requeued: requeued)
        case .bundleExported, .bundlesImported, .usbFailed: handleUSBAnswer(event)
        case .usbProgress(let progress): handleUSBProgress(progress)
        case .outboxCounted(let pending, let oldest, let failed): handleOutboxCounted(pending: pending, oldestPending: oldest, failed: failed)
        }
    }

    /// What a failed effect does to the operator screen waiting for it: the wait ends, with the
    /// reason for the operator; a screen not waiting stays as it is.
    mutating func handleDeskFailure(_ desk: DeskScreen, detail: String) -> Bool {
        switch desk {
        case .signIn(var signIn) where signIn.isChecking:
            signIn.isChecking = false
            signIn.secret = ""
            signIn.note = .refused(detail)
            screen = .desk(.signIn(signIn))
        case .setPassword(var setting) where setting.isSaving:
            setting.isSaving = false
            setting.note = .refused(detail)
            screen = .desk(.setPassword(setting))
        case .find(var find) where find.isSearching:
            find.isSearching = false
            find.note = nil
            screen = .desk(.find(find))
        case .record(var record) where record.phase == .working:
            record.phase = .choosing
            record.note = .failed(detail)
            screen = .desk(.record(record))
        case .coSign(var coSign) where coSign.isChecking:
            coSign.isChecking = false
            coSign.note = .refused(detail)
            screen = .desk(.coSign(coSign))
        case .newPIN(let entry) where entry.stage == .saving:
            screen = .desk(.record(CitizenRecordScreen(record: entry.record, cardCheck: .checked, note: .failed(detail))))
        case .outbox(var outbox) where outbox.isRetrying || outbox.rows == nil:
            outbox.isRetrying = false
            outbox.rows = outbox.rows ?? []
            outbox.note = .failed(detail)
            screen = .desk(.outbox(outbox))
        case .usb(var usb) where usb.phase == .working:
            usb.phase = .failed(detail)
            screen = .desk(.usb(usb))
        default:
            return false
        }
        return true
    }
}
