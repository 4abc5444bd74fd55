import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// Find a citizen: by CNIC, scanned pass, mobile number and name with a district filter; the list
/// tells namesakes apart and shows CNICs in full (operators only).
@Suite struct FindCitizenTests {
    static func find() -> KioskState { Journey.reach(DeskFixture.menu(), by: [.key(.character("1"))], expecting: []) }

    static let namesakes = [
        DeskMatch(cnic: try! CNIC("17301-1234567-1"), nameLatin: "Ayesha Khan", nameUrdu: "عائشہ خان", guardianLatin: "Gul Khan",
                  guardianRelation: .daughterOf, districtName: "Peshawar", birthYear: 1990),
        DeskMatch(cnic: try! CNIC("17301-7654321-2"), nameLatin: "Ayesha Khan", nameUrdu: "عائشہ خان", guardianLatin: "Imran Ali",
                  guardianRelation: .wifeOf, districtName: "Peshawar", birthYear: 1984),
    ]

    @Test func cnicLooksUpTheRecordAndAnInvalidOneSaysWhy() {
        let asked = Journey.reach(Self.find(), by: Fixture.typing("17301-1234567-1") + [.key(.enter)], expecting: [.desk(.loadRecord(Fixture.cnic))])
        let shown = Journey.reach(asked, by: [.desk(.recordLoaded(DeskFixture.record, looked: Fixture.cnic))], expecting: [])
        #expect(shown.record == CitizenRecordScreen(record: DeskFixture.record))
        let missing = Journey.reach(asked, by: [.desk(.recordLoaded(nil, looked: Fixture.cnic))], expecting: [])
        #expect(Kiosk.view(missing).text.contains("No citizen found."))
        let short = Journey.reach(Self.find(), by: Fixture.typing("1730") + [.key(.enter)], expecting: [])
        #expect(short.desk != nil)
        if case .desk(.find(let find)) = short.screen { #expect(find.note != nil && !find.isSearching) }
    }

    @Test func aScannedPassIsVerifiedAndARefusedOneExplained() {
        let scanned = Journey.reach(Self.find(), by: Fixture.typing(Fixture.passText) + [.key(.enter)], expecting: [.desk(.findByPass(Fixture.passText))])
        #expect(!Kiosk.view(scanned).text.contains(Fixture.passText.prefix(20)), "a scan is never echoed")
        let refused = Journey.reach(scanned, by: [.desk(.passRefused(.revoked(Fixture.claims)))], expecting: [])
        #expect(Kiosk.view(refused).text.contains(String(PassVerdict.revoked(Fixture.claims).explanation.prefix(30))))
        let notAPass = Journey.reach(Self.find(), by: Fixture.typing("hello") + [.key(.enter)], expecting: [])
        #expect(Kiosk.view(notAPass).text.contains("That is not a Khyber Pass."))
    }

    @Test func mobileIsCheckedAndSearchedInItsNormalForm() {
        let keys: [KioskEvent] = [.key(.tab)] + Fixture.typing("03001234567") + [.key(.enter)]
        _ = Journey.reach(Self.find(), by: keys, expecting: [.desk(.findByMobile("0300-1234567"))])
        let bad = Journey.reach(Self.find(), by: [.key(.tab)] + Fixture.typing("12345") + [.key(.enter)], expecting: [])
        #expect(Kiosk.view(bad).text.contains("That is not a Pakistani mobile number"))
    }

    @Test func nameWithDistrictFilterListsNamesakesApart() {
        let keys: [KioskEvent] = [.key(.tab), .key(.tab)] + Fixture.typing("ayesha khan") + [.key(.tab)] + Fixture.typing("pesh") + [.key(.enter)]
        let asked = Journey.reach(Self.find(), by: keys, expecting: [.desk(.findByName("ayesha khan", district: 173))])
        #expect(Kiosk.view(asked).text.contains("pesh → Peshawar"))
        let listed = Journey.reach(asked, by: [.desk(.matchesFound(Self.namesakes))], expecting: [])
        let text = Kiosk.view(listed).text
        #expect(text.contains("1  17301-1234567-1  Ayesha Khan d/o Gul Khan · Peshawar · 1990"))
        #expect(text.contains("2  17301-7654321-2  Ayesha Khan w/o Imran Ali · Peshawar · 1984"))
        _ = Journey.reach(listed, by: [.key(.character("2"))], expecting: [.desk(.loadRecord(Self.namesakes[1].cnic))])
        let unknown = Journey.reach(Self.find(), by: [.key(.tab), .key(.tab)] + Fixture.typing("ali") + [.key(.tab)] + Fixture.typing("zz") + [.key(.enter)], expecting: [])
        #expect(Kiosk.view(unknown).text.contains("No district starts like that."))
    }

    @Test func urduNameSearchesAllDistricts() {
        _ = Journey.reach(Self.find(), by: [.key(.tab), .key(.tab)] + Fixture.typing("عائشہ") + [.key(.enter)], expecting: [.desk(.findByName("عائشہ", district: nil))])
    }

    @Test func noMatchSaysSo() {
        let asked = Journey.reach(Self.find(), by: [.key(.tab), .key(.tab)] + Fixture.typing("zzz") + [.key(.enter)], expecting: [.desk(.findByName("zzz", district: nil))])
        let none = Journey.reach(asked, by: [.desk(.matchesFound([]))], expecting: [])
        #expect(Kiosk.view(none).text.contains("No citizen found."))
    }
}
