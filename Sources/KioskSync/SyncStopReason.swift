import KioskStore

/// Why a sync round stopped early: the central (or the way to it), or this kiosk's own database.
/// The round's work so far is kept either way.
public enum SyncStopReason: Error, Equatable, Sendable, CustomStringConvertible {
    /// The network, the central's answer or its refusal.
    case central(SyncTransportError)
    /// The kiosk's registry could not be read or written (disk full, file damaged, locked too long):
    /// nothing is wrong with the central, and the kiosk cannot tell how much waits to be sent.
    case localDatabase(RegistryError)

    /// True when waiting and trying again may work (a registry error may clear, e.g. once disk space is freed).
    public var isTransient: Bool {
        switch self {
        case .central(let error): error.isTransient
        case .localDatabase: true
        }
    }

    /// True when the kiosk's own database stopped the round.
    public var isLocalDatabase: Bool {
        if case .localDatabase = self { true } else { false }
    }

    public var description: String {
        switch self {
        case .central(let error): error.description
        case .localDatabase(let error): "the kiosk's own database failed: \(error.description)"
        }
    }
}
