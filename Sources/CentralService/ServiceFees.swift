import Services

/// The fee every service charges, as the central's own copy of the service catalog says
/// (`Assets/services`, the files kiosks carry). A push whose application names another fee is refused.
public struct ServiceFees: Sendable {
    let catalog: ServiceCatalog

    public init(catalog: ServiceCatalog) {
        self.catalog = catalog
    }

    /// The fee for `answers` of `serviceID`, or why there is none, in words.
    func expectedFee(serviceID: String, serviceVersion: Int, answers: [String: String]) -> Result<Int, FeeProblem> {
        guard let service = catalog.service(id: serviceID) else { return .failure(FeeProblem(words: "service \(String(serviceID.prefix(40))) is not in the central's service catalog")) }
        return .success(service.fee(for: answers))
    }

    /// Services the catalog holds.
    public var count: Int { catalog.services.count }
}

/// Why no fee can be checked.
struct FeeProblem: Error, Equatable {
    let words: String
}
