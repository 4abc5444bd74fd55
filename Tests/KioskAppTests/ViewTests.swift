import BidiText
import Foundation
import IdentityCore
@testable import KioskApp
import Screen
import Testing

@Suite struct ViewTests {
    @Test func clockIsPakistanTime() {
        #expect(PakistanTime.dateAndTime(Fixture.start) == "Wed 25 Nov 2026  14:05")
        #expect(PakistanTime.time(Fixture.start.addingTimeInterval(10 * 3600)) == "00:05")
        #expect(Kiosk.view(Fixture.state()).lines[0].contains("Wed 25 Nov 2026  14:05   ● Offline"))
    }

    @Test func asciiModeDrawsOnlyASCII() {
        for (name, state) in SnapshotTests.screens(width: 80, height: 24, settings: Fixture.asciiSettings) {
            // The Urdu name is data, drawn as it is; everything the kiosk itself draws must be ASCII.
            let text = Kiosk.view(state).text.replacingOccurrences(of: Fixture.citizen.nameUrdu!, with: "")
            let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "\(name) has non-ASCII")
        }
        #expect(Kiosk.view(Fixture.state(settings: Fixture.asciiSettings)).lines[0].contains("(offline)"))
    }

    @Test func dataIsSanitisedBeforeItIsDrawn() {
        var store = TestStore(Journey.lookingUp())
        let hostile = SessionCitizen(cnic: Fixture.cnic, nameLatin: "Ayesha\u{1B}[31m\u{1B}]52;c;aGk=\u{07} Khan\u{202E}", nameUrdu: nil)
        store.send(.citizenFound(hostile, hasPIN: true), expecting: []) {
            $0.citizen = hostile
            $0.screen = .pin(PINScreen())
        }
        let frame = store.frame
        #expect(frame.text.contains("Assalam-o-Alaikum, Ayesha Khan"))
        #expect(!frame.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E } })
        #expect(!frame.text.contains("52;"))
    }

    @Test func wrapKeepsWordsAndCutsLongOnes() {
        #expect(TextWrap.lines("one two three", width: 7) == ["one two", "three"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("Enter: close   Esc: cancel", width: 40) == ["Enter: close   Esc: cancel"])
        #expect(TextWrap.lines("anything", width: 0) == [])
    }

    /// A left-to-right value cut by a row's end is closed on that row and opened again on the next, so
    /// its comma stays after "City" once the row is shaped right to left (it showed as ",House 12").
    @Test func wrapClosesALeftToRightRunAtTheRowsEnd() {
        let text = "پته: " + BidiText.leftToRightData("House 12, Peshawar City, Peshawar")
        let rows = TextWrap.lines(text, width: 30)
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.filter { $0 == "\u{200E}" }.count % 2 == 0 }, "\(rows.map { Array($0.unicodeScalars) })")
        let first = BidiText.visual(rows[0], direction: .rightToLeftWhenPresent).filter { $0 != "\u{200E}" }
        #expect(first.hasPrefix("House 12, Peshawar City,"), "\(first)")
        #expect(TextWrap.lines("پته: House 12, Peshawar City, Peshawar", width: 30).allSatisfy { !$0.contains("\u{200E}") }, "no marks where there were none")
    }

    @Test(arguments: [(80, 24), (120, 40), (81, 25), (300, 100)])
    func everyScreenFillsItsSizeExactly(width: Int, height: Int) {
        for (_, state) in SnapshotTests.screens(width: width, height: height, settings: Fixture.settings) {
            let frame = Kiosk.view(state)
            #expect(frame.lines.allSatisfy { DisplayWidth.of($0) == width })
            #expect(frame.height == height)
        }
    }

    @Test func welcomeCursorSitsOnTheNextSlot() {
        var store = TestStore(Fixture.state())
        store.send(Fixture.typing("17301"), expecting: []) { $0.welcome?.entry = CNICEntry(digits: "17301") }
        let frame = store.frame
        let row = frame.lines.firstIndex { $0.contains("17301-_______-_") }!
        let column = Array(frame.lines[row]).firstIndex(of: "-")! + 1
        #expect(frame[column, row].attributes.contains(.reverse))
        #expect(!frame[column - 2, row].attributes.contains(.reverse))
    }

    @Test func homeHighlightIsReverseVideo() {
        var store = TestStore(Journey.home())
        store.send(.key(.down), expecting: []) { $0.screen = .home(HomeScreen(highlighted: .applyForService)) }
        let frame = store.frame
        let row = frame.lines.firstIndex { $0.contains("2   Apply for a service") }!
        let other = frame.lines.firstIndex { $0.contains("1   My Khyber Pass") }!
        let x = Array(frame.lines[row]).firstIndex(of: "2")!
        #expect(frame[x, row].attributes.contains(.reverse))
        #expect(!frame[x, other].attributes.contains(.reverse))
    }
}
