import IdentityCore
import Screen
import Services

extension KioskState {
    /// Keys on the form, by where the citizen is: a step, the leave question, Review, Declaration,
    /// waiting for Submit, or a problem with Submit.
    mutating func handleWizardKey(_ key: KeyEvent, _ wizard: inout WizardScreen) -> [KioskEffect] {
        switch wizard.phase {
        case .step(let step):
            return handleStepKey(key, step, &wizard)
        case .confirmLeave:
            switch key {
            case .character("1"): return returnHome(highlighting: .applyForService)
            case .character("2"), .escape: wizard.phase = .step(WizardStep(index: 0))
            default: break
            }
            return []
        case .review(let page):
            return handleReviewKey(key, page: page, &wizard)
        case .declaration(let agreed, _):
            return handleDeclarationKey(key, agreed: agreed, &wizard)
        case .submitting:
            return []
        case .problem:
            if key == .enter || key == .escape { wizard.phase = .review(page: 0) }
            return []
        }
    }

    /// Review: Enter goes on to the Declaration, 0 or Page Down shows more answers, Esc goes back to
    /// the last step.
    private mutating func handleReviewKey(_ key: KeyEvent, page: Int, _ wizard: inout WizardScreen) -> [KioskEffect] {
        let count = ReviewRows.rows(wizard).count
        switch key {
        case .enter: wizard.phase = .declaration(agreed: false, reminded: false)
        case .character("0"), .pageDown: wizard.phase = .review(page: ReviewRows.next(page, count: count))
        case .pageUp: wizard.phase = .review(page: ReviewRows.previous(page, count: count))
        case .escape: wizard.phase = .step(WizardStep(index: max(0, wizard.service.steps.count - 1)))
        default: break
        }
        return []
    }

    /// Declaration: 1 agrees, Backspace takes it back, Enter submits once agreed, Esc goes back to Review.
    private mutating func handleDeclarationKey(_ key: KeyEvent, agreed: Bool, _ wizard: inout WizardScreen) -> [KioskEffect] {
        switch key {
        case .character("1"):
            wizard.phase = .declaration(agreed: true, reminded: false)
        case .backspace:
            wizard.phase = .declaration(agreed: false, reminded: false)
        case .enter:
            guard agreed else {
                wizard.phase = .declaration(agreed: false, reminded: true)
                return []
            }
            guard let cnic = citizen?.cnic else { return returnToWelcome() }
            wizard.phase = .submitting
            return [.submitApplication(wizard.draft(for: cnic))]
        case .escape:
            wizard.phase = .review(page: 0)
        default:
            break
        }
        return []
    }

    /// Saved: the receipt.
    mutating func handleApplicationSubmitted(_ receipt: ApplicationReceipt) -> [KioskEffect] {
        guard case .wizard(let wizard) = screen, wizard.phase == .submitting else { return [] }
        screen = .receipt(ReceiptScreen(receipt: receipt))
        return [.requestSync]
    }

    /// Not accepted: say why; Enter goes back to Review with every answer kept.
    mutating func handleApplicationRefused(_ reason: LocalizedText) -> [KioskEffect] {
        guard case .wizard(var wizard) = screen, wizard.phase == .submitting else { return [] }
        wizard.phase = .problem(.refused(reason))
        screen = .wizard(wizard)
        return []
    }
}
