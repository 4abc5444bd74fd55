import IdentityCore

/// A citizen's answers to one service's form, before submission: what the wizard builds and the
/// submit path validates and stores. Prefilled answers are included (taken from the registry).
public struct ApplicationDraft: Hashable, Sendable {
    public var serviceID: String
    /// The definition version the citizen filled in; a different version at submit time is refused.
    public var serviceVersion: Int
    public var cnic: CNIC
    /// Field id → answer, as text (dates `YYYY-MM-DD`, yes/no `yes`/`no`, declarations `accepted`).
    public var answers: [String: String]

    public init(serviceID: String, serviceVersion: Int, cnic: CNIC, answers: [String: String] = [:]) {
        self.serviceID = serviceID
        self.serviceVersion = serviceVersion
        self.cnic = cnic
        self.answers = answers
    }
}
