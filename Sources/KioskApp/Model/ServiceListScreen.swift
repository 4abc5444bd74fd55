import Services

/// Apply for a service: the services this kiosk offers, numbered, and those it cannot offer now.
public struct ServiceListScreen: Equatable, Sendable {
    /// Services a citizen can choose, in the order the runner gave them.
    public var available: [ServiceDefinition]
    /// Service files that could not be read; listed greyed, never chosen.
    public var unavailable: [UnavailableService]
    /// Which page of nine is shown.
    public var page: Int
    /// Waiting for the list, for a chosen service, or showing why it cannot be applied for.
    public var phase: ServiceListPhase

    /// A list screen; the default is waiting for `.servicesLoaded`.
    public init(
        available: [ServiceDefinition] = [], unavailable: [UnavailableService] = [],
        page: Int = 0, phase: ServiceListPhase = .loading
    ) {
        self.available = available
        self.unavailable = unavailable
        self.page = page
        self.phase = phase
    }
}

/// What the service list is doing.
public enum ServiceListPhase: Equatable, Sendable {
    /// Waiting for `.servicesLoaded`.
    case loading
    /// Showing the list; number keys choose.
    case choosing
    /// Waiting for `.applicationReady` for this service id.
    case starting(serviceID: String)
    /// The citizen may not apply: the service's title and the reason, until Enter.
    case notEligible(title: LocalizedText, reason: LocalizedText)
}
