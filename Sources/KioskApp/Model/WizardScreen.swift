import IdentityCore
import Services

/// The application form of one service: its steps one screen at a time, then Review, Declaration
/// and Submit. The answers live here and nowhere else, so leaving the screen discards them.
public struct WizardScreen: Equatable, Sendable {
    /// The service being applied for (the version filled in goes with the draft).
    public var service: ServiceDefinition
    /// Field id → answer taken from the registry; shown read-only.
    public var prefilled: [String: String]
    /// Field id → what the citizen typed or chose (dates `YYYY-MM-DD`, yes/no `yes`/`no`).
    public var answers: [String: String]
    /// Where in the form the citizen is.
    public var phase: WizardPhase

    /// A form for `service` on its first step.
    public init(service: ServiceDefinition, prefilled: [String: String], answers: [String: String] = [:], phase: WizardPhase = .step(WizardStep(index: 0))) {
        self.service = service
        self.prefilled = prefilled
        self.answers = answers
        self.phase = phase
    }

    /// True when `field` is filled from the registry (and so not typed).
    public func isPrefilled(_ field: FieldDefinition) -> Bool { prefilled[field.id] != nil }

    /// The fields of step `index` the citizen fills in, in order.
    public func editableFields(ofStep index: Int) -> [FieldDefinition] {
        guard service.steps.indices.contains(index) else { return [] }
        return service.steps[index].fields.filter { !isPrefilled($0) }
    }

    /// Every answer, prefilled and typed: what validation sees and what is submitted.
    public var allAnswers: [String: String] { answers.merging(prefilled) { _, registry in registry } }

    /// The draft to submit for `cnic`.
    public func draft(for cnic: CNIC) -> ApplicationDraft {
        ApplicationDraft(serviceID: service.id, serviceVersion: service.version, cnic: cnic, answers: allAnswers)
    }

    /// The same form at another phase.
    func withPhase(_ phase: WizardPhase) -> WizardScreen {
        var moved = self
        moved.phase = phase
        return moved
    }
}

/// Where in the form the citizen is.
public enum WizardPhase: Equatable, Sendable {
    /// Filling in one step.
    case step(WizardStep)
    /// Esc on the first step: "Leave this form? 1 Yes 2 No".
    case confirmLeave
    /// Every answer and the fee; `page` when they take more than one screen.
    case review(page: Int)
    /// "I declare the information is true"; `agreed` once 1 is pressed, `reminded` after Enter without it.
    case declaration(agreed: Bool, reminded: Bool)
    /// Waiting for `.applicationSubmitted`, `.applicationRefused` or `.effectFailed`.
    case submitting
    /// Submit did not go through; Enter goes back to Review with every answer kept.
    case problem(WizardProblem)
}

/// One step on screen: which field has the focus and what is wrong.
public struct WizardStep: Equatable, Sendable {
    /// Index into the service's steps.
    public var index: Int
    /// Index into the step's editable fields.
    public var focus: Int
    /// Field id → what is wrong with its answer (from `FormValidator`).
    public var errors: [String: LocalizedText]
    /// A note about the last key (e.g. too long), for the focused field.
    public var note: FieldNote?
    /// The page of a long list (districts) the focused field shows.
    public var listPage: Int

    /// Step `index`, first field focused, nothing wrong.
    public init(index: Int, focus: Int = 0, errors: [String: LocalizedText] = [:], note: FieldNote? = nil, listPage: Int = 0) {
        self.index = index
        self.focus = focus
        self.errors = errors
        self.note = note
        self.listPage = listPage
    }
}

/// A note about a key the field would not take.
public enum FieldNote: Equatable, Sendable {
    /// The answer is already `maximumLength` long.
    case tooLong(maximum: Int)
    /// A letter pressed in a field that takes only digits.
    case digitsOnly
}

/// Why Submit did not go through.
public enum WizardProblem: Equatable, Sendable {
    /// The submit path refused the draft (e.g. the service changed); its words.
    case refused(LocalizedText)
    /// Saving failed; nothing was submitted.
    case couldNotSave
}
