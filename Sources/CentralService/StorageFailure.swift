import CentralStore

extension SyncFailure {
    /// How a storage error reaches a kiosk: `unavailable` is 503 and worth retrying; `invalid` (input the
    /// store cannot take) is 400 permanent; anything else is a 500 with a generic sentence (the caller logs
    /// the real one).
    init(storage error: CentralStorageError) {
        switch error {
        case .unavailable:
            self.init(status: .serviceUnavailable, message: "the central database is not available; try again later", permanent: false)
        case .invalid(let why):
            self.init(status: .badRequest, message: why, permanent: true)
        case .badLocation, .notFound, .invalidTransition:
            self = .internalError
        }
    }
}
