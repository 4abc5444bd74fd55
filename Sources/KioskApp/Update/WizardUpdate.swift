import IdentityCore
import Screen
import Services

extension KioskState {
    /// Keys on the form, by where the citizen is: a step, the leave question, Review, Declaration,
    /// waiting for Submit, or a problem with Submit.
    func reduceWizardKey(_ key: KeyEvent, _ current: WizardScreen) -> ScreenTransition<WizardScreen> {
        var wizard = current
        switch wizard.phase {
        case .step(let step):
            return reduceStepKey(key, step, wizard)
        case .confirmLeave:
            switch key {
            case .character("1"): return .home(highlighting: .applyForService)
            case .character("2"), .escape: wizard.phase = .step(WizardStep(index: 0))
            default: break
            }
            return .stay(wizard)
        case .review(let page):
            wizard.phase = reviewPhase(after: key, page: page, wizard)
            return .stay(wizard)
        case .declaration(let agreed, _):
            return reduceDeclarationKey(key, agreed: agreed, wizard)
        case .submitting:
            return .stay(wizard)
        case .problem:
            if key == .enter || key == .escape { wizard.phase = .review(page: 0) }
            return .stay(wizard)
        }
    }

    /// Review: Enter goes on to the Declaration, 0 or Page Down shows more answers, Esc goes back to
    /// the last step.
    private func reviewPhase(after key: KeyEvent, page: Int, _ wizard: WizardScreen) -> WizardPhase {
        let count = ReviewRows.rows(wizard).count
        switch key {
        case .enter: return .declaration(agreed: false, reminded: false)
        case .character("0"), .pageDown: return .review(page: ReviewRows.next(page, count: count))
        case .pageUp: return .review(page: ReviewRows.previous(page, count: count))
        case .escape: return .step(WizardStep(index: max(0, wizard.service.steps.count - 1)))
        default: return wizard.phase
        }
    }

    /// Declaration: 1 agrees, Backspace takes it back, Enter submits once agreed, Esc goes back to Review.
    private func reduceDeclarationKey(_ key: KeyEvent, agreed: Bool, _ current: WizardScreen) -> ScreenTransition<WizardScreen> {
        var wizard = current
        switch key {
        case .character("1"):
            wizard.phase = .declaration(agreed: true, reminded: false)
        case .backspace:
            wizard.phase = .declaration(agreed: false, reminded: false)
        case .enter:
            guard agreed else {
                wizard.phase = .declaration(agreed: false, reminded: true)
                return .stay(wizard)
            }
            guard let cnic = citizen?.cnic else { return .welcome() }
            if let reason = freezeReason {
                wizard.phase = .problem(.refused(FreezeWording.citizenText(reason)))
                return .stay(wizard)
            }
            wizard.phase = .submitting
            if let session = operatorSession, session.assisting != nil {
                return .stay(wizard, effects: [.desk(.submitAssisted(wizard.draft(for: cnic), operatorID: session.signedIn.id))])
            }
            return .stay(wizard, effects: [.submitApplication(wizard.draft(for: cnic))])
        case .escape:
            wizard.phase = .review(page: 0)
        default:
            break
        }
        return .stay(wizard)
    }

    /// Saved: the receipt.
    mutating func handleApplicationSubmitted(_ receipt: ApplicationReceipt) -> [KioskEffect] {
        guard case .wizard(let wizard) = screen, wizard.phase == .submitting else { return [] }
        screen = .receipt(ReceiptScreen(receipt: receipt))
        return [.requestSync]
    }

    /// Not accepted: say why; Enter goes back to Review with every answer kept.
    mutating func handleApplicationRefused(_ reason: LocalizedText) -> [KioskEffect] {
        guard case .wizard(let wizard) = screen, wizard.phase == .submitting else { return [] }
        return apply(.stay(wizard.withPhase(.problem(.refused(reason)))), staying: KioskScreen.wizard)
    }
}
