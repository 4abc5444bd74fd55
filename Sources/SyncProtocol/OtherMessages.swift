/// `GET /health`: the probe the kiosk uses to see the network is back.
public struct HealthResponse: Codable, Hashable, Sendable {
    /// `ok`, or `degraded` when the storage does not answer (HTTP 503 then).
    public var status: String
    /// `sqlite` or `postgres`.
    public var storage: String
    public var protocolVersion: Int
    public var centralClock: HLCTimestamp
    /// The published trust bundle's state (absent from an older central).
    public var trustBundle: TrustBundleStatus?

    public init(
        status: String, storage: String, protocolVersion: Int = SyncWire.version, centralClock: HLCTimestamp, trustBundle: TrustBundleStatus? = nil
    ) {
        self.status = status
        self.storage = storage
        self.protocolVersion = protocolVersion
        self.centralClock = centralClock
        self.trustBundle = trustBundle
    }
}

/// The body of every error answer (4xx, 5xx).
public struct SyncErrorResponse: Codable, Hashable, Sendable {
    /// Words for an operator; never a CNIC, never a stack trace.
    public var error: String
    /// True when sending the same request again cannot help (malformed request, unsupported version).
    public var permanent: Bool
    /// On a 401 for a signed request: the central's clock (milliseconds since 1970), so the kiosk can
    /// tell how far off its own clock is. Absent otherwise.
    public var centralTimeMillis: Int64?

    public init(error: String, permanent: Bool, centralTimeMillis: Int64? = nil) {
        self.error = error
        self.permanent = permanent
        self.centralTimeMillis = centralTimeMillis
    }
}

/// The payload of an `application.submitted` operation: the whole application as the kiosk stored it.
/// (The kiosk writes it with sorted keys; the central store parses it to file the application.)
public struct ApplicationSubmission: Codable, Hashable, Sendable {
    public var format: Int
    public var id: String
    public var tracking: String
    public var kioskID: String
    public var sequence: Int64
    public var serviceID: String
    public var serviceVersion: Int
    /// 13 digits, no dashes.
    public var cnic: String
    public var answers: [String: String]
    public var fee: Int
    public var paymentReference: String
    public var status: String
    /// ISO 8601 with milliseconds, UTC (`2026-05-01T09:30:00.123Z`).
    public var submittedAt: String
    /// The operator who applied on the citizen's behalf; absent when the citizen applied alone.
    public var assistedBy: String?

    public init(
        format: Int = 1, id: String, tracking: String, kioskID: String, sequence: Int64, serviceID: String, serviceVersion: Int,
        cnic: String, answers: [String: String], fee: Int, paymentReference: String, status: String, submittedAt: String,
        assistedBy: String? = nil
    ) {
        self.assistedBy = assistedBy
        self.format = format
        self.id = id
        self.tracking = tracking
        self.kioskID = kioskID
        self.sequence = sequence
        self.serviceID = serviceID
        self.serviceVersion = serviceVersion
        self.cnic = cnic
        self.answers = answers
        self.fee = fee
        self.paymentReference = paymentReference
        self.status = status
        self.submittedAt = submittedAt
    }
}
