import Screen

/// The kiosk program in the Elm / Bubble Tea shape: `update` turns (state, event) into a new state
/// and effects for the runner; `view` draws a state into a frame. Both are pure.
public enum Kiosk {
    /// Applies `event` to `state` and returns the effects to run, in order. When the event starts or ends
    /// a freeze (the kiosk stops or resumes taking new applications), `.recordFreeze` comes last.
    public static func update(_ state: inout KioskState, _ event: KioskEvent) -> [KioskEffect] {
        if case .quitRequested = event { return [.wipeScreen, .quit] }
        let frozenBefore = state.freezeReason
        let effects = reduce(&state, event)
        let frozenAfter = state.freezeReason
        guard (frozenBefore == nil) != (frozenAfter == nil) else { return effects }
        return effects + [.recordFreeze(frozenAfter)]
    }

    private static func reduce(_ state: inout KioskState, _ event: KioskEvent) -> [KioskEffect] {
        switch event {
        case .key(let key): state.handleKey(key)
        case .tick(let date): state.handleTick(date)
        case .resize(let size): state.handleResize(size)
        case .citizenFound(let citizen, let hasPIN): state.handleCitizenFound(citizen, hasPIN: hasPIN)
        case .citizenNotFound(let cnic): state.handleCitizenNotFound(cnic)
        case .passVerified(let verdict, let citizen): state.handlePassVerified(verdict, citizen: citizen)
        case .pinChecked(let outcome): state.handlePINChecked(outcome)
        case .passLoaded(let text, let validUntil): state.handlePassLoaded(text: text, validUntil: validUntil)
        case .servicesLoaded(let available, let unavailable): state.handleServicesLoaded(available: available, unavailable: unavailable)
        case .applicationReady(let service, let prefilled, let reason): state.handleApplicationReady(service, prefilled: prefilled, ineligibleReason: reason)
        case .applicationSubmitted(let receipt): state.handleApplicationSubmitted(receipt)
        case .applicationRefused(let reason): state.handleApplicationRefused(reason)
        case .applicationsLoaded(let receipts): state.handleApplicationsLoaded(receipts)
        case .operatorPasswordChecked(let accepted): state.handleOperatorPasswordChecked(accepted)
        case .desk(let answer): state.handleDeskEvent(answer)
        case .pinChangeAnswered(let outcome): state.handlePINChangeAnswered(outcome)
        case .effectFailed(let detail): state.handleEffectFailed(detail)
        case .connectionChanged(let badge): state.handleConnectionChanged(badge)
        case .quitRequested: [.wipeScreen, .quit]
        }
    }

    /// The frame for `state`, exactly `state.size`.
    public static func view(_ state: KioskState) -> Frame {
        KioskView.frame(for: state)
    }
}
