import Foundation
import IdentityCore

/// The two people every kiosk demo can use, always present in a seeded registry, with known PINs.
public enum DemoCitizens {
    /// Muhammad Irfan Khan, s/o Gul Khan, Peshawar; PIN 1357.
    public static let irfan = Citizen(
        cnic: try! CNIC("17301-1234567-1"),
        nameLatin: "Muhammad Irfan Khan", nameUrdu: "محمد عرفان خان",
        guardianLatin: "Gul Khan", guardianUrdu: "گل خان", guardianRelation: .sonOf,
        gender: .male, birthDate: CalendarDate(year: 1988, month: 3, day: 14)!, districtCode: 173,
        tehsil: "Peshawar City", address: "House 12, Street 4, Mohalla Jangi, Peshawar City, Peshawar",
        mobile: "0301-5550101"
    )

    /// Ayesha Bibi, d/o Sher Zaman, Mardan; PIN 2468.
    public static let ayesha = Citizen(
        cnic: try! CNIC("16101-7654321-2"),
        nameLatin: "Ayesha Bibi", nameUrdu: "عائشہ بی بی",
        guardianLatin: "Sher Zaman", guardianUrdu: "شیر زمان", guardianRelation: .daughterOf,
        gender: .female, birthDate: CalendarDate(year: 1995, month: 8, day: 2)!, districtCode: 161,
        tehsil: "Mardan", address: "House 7, Street 2, Mohalla Sikandarpura, Mardan, Mardan",
        mobile: "0345-5550202"
    )

    /// Both demo citizens.
    public static let all: [Citizen] = [irfan, ayesha]

    /// The demo PIN of a demo citizen; nil for anyone else.
    public static func pin(for cnic: CNIC) -> String? {
        switch cnic {
        case irfan.cnic: "1357"
        case ayesha.cnic: "2468"
        default: nil
        }
    }

    /// A fixed salt per demo citizen, so a demo registry is byte-for-byte repeatable.
    public static func salt(for cnic: CNIC) -> Data {
        var generator = SplitMix64(seed: UInt64(cnic.number))
        var salt = Data(count: 16)
        for index in salt.indices { salt[index] = UInt8(truncatingIfNeeded: generator.next()) }
        return salt
    }

    /// The demo citizen's PIN credential (scrypt, so tens of milliseconds); nil for anyone else.
    public static func credential(for cnic: CNIC) throws -> PINCredential? {
        guard let pin = pin(for: cnic) else { return nil }
        return try PINCredential.make(pin: pin, salt: salt(for: cnic))
    }
}

extension DemoCitizens {
    /// Both demo citizens carrying their PIN credentials (scrypt with a fixed salt).
    public static func withPINs() throws -> [Citizen] {
        try all.map { citizen in
            var withPIN = citizen
            withPIN.pin = try credential(for: citizen.cnic)
            return withPIN
        }
    }
}

extension SyntheticRegistry {
    /// What a demo kiosk is seeded with: the two demo citizens (with PINs), then `count` synthetic citizens.
    public func seedingSequence(count: Int) throws -> some Sequence<Citizen> {
        [AnySequence(try DemoCitizens.withPINs()), AnySequence(citizenSequence(count: count))].joined()
    }

    /// The first `count` citizens, generated one family at a time as the sequence is read.
    public func citizenSequence(count: Int) -> some Sequence<Citizen> {
        var familyIndex = 0
        var pending: [Citizen] = []
        var produced = 0
        return AnySequence {
            AnyIterator { () -> Citizen? in
                guard produced < count else { return nil }
                while pending.isEmpty {
                    pending = self.family(familyIndex).reversed()
                    familyIndex += 1
                }
                produced += 1
                return pending.removeLast()
            }
        }
    }
}
