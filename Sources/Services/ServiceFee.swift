extension ServiceDefinition {
    /// The fee in rupees for these answers: the `byChoice` amount for the answer to `fee.byField`,
    /// else `fee.amount` (also while that field is unanswered).
    public func fee(for answers: [String: String]) -> Int {
        guard let field = fee.byField, let answer = answers[field], let amount = fee.byChoice?[answer] else { return fee.amount }
        return amount
    }
}
