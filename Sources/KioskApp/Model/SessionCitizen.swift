import IdentityCore

/// What the kiosk keeps about the citizen in front of it: enough to greet and show the pass, no more.
public struct SessionCitizen: Equatable, Sendable {
    /// The citizen's CNIC.
    public var cnic: CNIC
    /// Name in Latin script.
    public var nameLatin: String
    /// Name in Urdu script, when known.
    public var nameUrdu: String?
    /// The Khyber Pass text (`KP:…`), once loaded.
    public var passText: String?
    /// The last day the pass is valid, once loaded.
    public var passValidUntil: CalendarDate?
    /// The birth date, when known (a new PIN may not be the birth year).
    public var birthDate: CalendarDate?

    /// A summary from its parts.
    public init(
        cnic: CNIC, nameLatin: String, nameUrdu: String? = nil,
        passText: String? = nil, passValidUntil: CalendarDate? = nil
    ) {
        self.cnic = cnic
        self.nameLatin = nameLatin
        self.nameUrdu = nameUrdu
        self.passText = passText
        self.passValidUntil = passValidUntil
    }

    /// The summary of a registry record (no PIN, no address: the screens do not need them).
    public init(_ citizen: Citizen) {
        self.init(cnic: citizen.cnic, nameLatin: citizen.nameLatin, nameUrdu: citizen.nameUrdu.isEmpty ? nil : citizen.nameUrdu)
        birthDate = citizen.birthDate
    }

    /// `17301-•••••67-1`.
    public var maskedCNIC: String { cnic.masked }
}
