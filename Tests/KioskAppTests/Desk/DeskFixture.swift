import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// Operators, a citizen record and the states an operator reaches, for the operator screens' tests.
enum DeskFixture {
    static let clerk = DeskOperator(id: "OP-0042", name: "Amina Bibi", role: .operator)
    static let supervisor = DeskOperator(id: "SV-0007", name: "Khalid Shah", role: .supervisor)
    static let otherClerk = DeskOperator(id: "OP-0043", name: "Sana Gul", role: .operator)

    static let birthDate = CalendarDate(year: 1990, month: 5, day: 21)!

    /// The fixture citizen as the operator sees them: no PIN yet, no pass.
    static let record = DeskCitizenRecord(
        cnic: Fixture.cnic, nameLatin: "Ayesha Khan", nameUrdu: "عائشہ خان", guardianLatin: "Gul Khan", guardianUrdu: "گل خان",
        guardianRelation: .daughterOf, gender: .female, birthDate: birthDate, districtName: "Peshawar", tehsil: "Peshawar City",
        address: "House 12, Street 4, Hayatabad", mobile: "0300-1234567", pin: .notSet, pass: nil
    )

    /// The same citizen with a PIN (locked) and a valid pass.
    static let lockedRecord: DeskCitizenRecord = {
        var locked = record
        locked.pin = .locked(until: Fixture.start.addingTimeInterval(600))
        locked.pass = DeskPassInfo(serial: 1001, validUntil: Fixture.validUntil, isRevoked: false)
        return locked
    }()

    static let pass = IssuedPass(text: Fixture.passText, serial: 1002, validUntil: Fixture.validUntil)

    /// A desk kiosk's settings: opens on operator sign-in.
    static let settings: KioskSettings = {
        var desk = Fixture.settings
        desk.opensOnOperatorSignIn = true
        desk.idleTimeout = 300
        desk.districts = try! DistrictCatalog(json: Data(contentsOf: ServiceFixture.assets.appendingPathComponent("districts.json"))).districts
        return desk
    }()

    /// A desk resting on sign-in.
    static func start(settings: KioskSettings = settings) -> KioskState { Fixture.state(settings: settings) }

    /// `id`, Tab, `secret`, Enter on the sign-in screen.
    static func signInKeys(_ id: String, _ secret: String) -> [KioskEvent] {
        Fixture.typing(id) + [.key(.tab)] + Fixture.typing(secret) + [.key(.enter)]
    }

    /// The operator's menu, `who` signed in.
    static func menu(_ who: DeskOperator = clerk) -> KioskState {
        Journey.reach(start(), by: signInKeys(who.id, "correct horse") + [.desk(.signInAnswered(.signedIn(who)))],
                      expecting: [.desk(.signIn(id: who.id, secret: "correct horse"))])
    }

    /// The record of `record`, found by CNIC, card not checked.
    static func recordScreen(_ record: DeskCitizenRecord = record, by who: DeskOperator = clerk) -> KioskState {
        Journey.reach(menu(who), by: [.key(.character("1"))] + Fixture.typing(record.cnic.digits) + [.key(.enter), .desk(.recordLoaded(record, looked: record.cnic))],
                      expecting: [.desk(.loadRecord(record.cnic))])
    }

    /// The record with the card checked.
    static func checkedRecord(_ record: DeskCitizenRecord = record, by who: DeskOperator = clerk) -> KioskState {
        Journey.reach(recordScreen(record, by: who), by: Fixture.typing("11") + [.desk(.cardCheckRecorded(record.cnic))],
                      expecting: [.desk(.recordCardChecked(record.cnic, operatorID: who.id))])
    }
}

extension KioskState {
    /// This state with `language` as the screen's language, Arabic script shown, Unicode glyphs.
    func speaking(_ language: String) -> KioskState {
        var state = self
        state.settings.defaultLanguage = language
        state.settings.arabicScript = true
        state.settings.glyphMode = .unicode
        return state
    }

    /// The operator screen shown, or nil.
    var desk: DeskScreen? { if case .desk(let desk) = screen { desk } else { nil } }
    /// The record screen shown, or nil.
    var record: CitizenRecordScreen? { if case .desk(.record(let record)) = screen { record } else { nil } }
}
