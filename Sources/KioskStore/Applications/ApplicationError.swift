import IdentityCore
import Services

/// Why an application was not submitted, in words for the citizen's helper or the operator.
/// Nothing was written when any of these is thrown. None carries a full CNIC.
public enum ApplicationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The draft names another service than the definition it was submitted with.
    case wrongService(draftServiceID: String, serviceID: String)
    /// The form was filled in against another version of the service's definition.
    case serviceVersionChanged(serviceID: String, draftVersion: Int, currentVersion: Int)
    /// The CNIC is not in this kiosk's registry (shown masked).
    case unknownCitizen(cnic: String)
    /// The citizen may not apply for this service (the eligibility rule's reason).
    case notEligible(reason: LocalizedText)
    /// Answers the form validator refused: field id and message, in the form's field order.
    case invalidAnswers([FieldProblem])
    /// The kiosk id is empty or too long to print on a receipt.
    case invalidKioskID(String)
    /// The registry could not be read or written.
    case storage(RegistryError)

    /// One refused answer.
    public struct FieldProblem: Equatable, Sendable {
        /// The field's id.
        public var field: String
        /// What is wrong, in English and Urdu.
        public var message: LocalizedText

        /// A problem with `field`.
        public init(field: String, message: LocalizedText) {
            self.field = field
            self.message = message
        }
    }

    public var description: String {
        switch self {
        case .wrongService(let draft, let service):
            "This form belongs to the service \(draft), not \(service). Nothing was submitted."
        case .serviceVersionChanged(let service, let draft, let current):
            "The \(service) form changed while it was being filled in (version \(draft), now \(current)). Please start the form again; nothing was submitted."
        case .unknownCitizen(let cnic):
            "No citizen \(cnic) in this kiosk's registry. Nothing was submitted."
        case .notEligible(let reason):
            "\(reason.en) Nothing was submitted."
        case .invalidAnswers(let problems):
            "Some answers need fixing: " + problems.prefix(3).map { "\($0.field): \($0.message.en)" }.joined(separator: "; ")
                + (problems.count > 3 ? " (and \(problems.count - 3) more)" : "") + ". Nothing was submitted."
        case .invalidKioskID(let id):
            "The kiosk id \"\(id)\" cannot be used: it must be 1 to 32 letters, digits or dashes. Nothing was submitted."
        case .storage(let error):
            error.description
        }
    }
}
