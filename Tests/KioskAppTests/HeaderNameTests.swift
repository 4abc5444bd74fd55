import Foundation
@testable import KioskApp
import Screen
import Testing

/// The centre's name in the header: shortened by whole words at 80×24, never cut inside a word.
@Suite struct HeaderNameTests {
    private func header(centre: String, width: Int = 80) -> String {
        var state = Fixture.state()
        state.settings.centreName = centre
        state.size = TerminalSize(width: width, height: 24)
        let badge = ConnectionBadge(link: .offline, pending: 3, oldestPending: Fixture.start.addingTimeInterval(-7200),
                                    lastSync: Fixture.start.addingTimeInterval(-3 * 3600))
        var store = TestStore(state)
        store.send(.connectionChanged(badge), expecting: []) { $0.connection = badge }
        return store.frame.lines[0]
    }

    @Test func aLongNameLosesWholeWordsWithAnEllipsis() {
        let line = header(centre: "Peshawar Facilitation Centre")
        #expect(line.hasPrefix(" Peshawar Facilitation… "), "\(line)")
        #expect(!line.contains("Centr") && !line.contains("Facilitation C"), "never cut inside a word: \(line)")
    }

    @Test func aNameThatFitsIsWhole() {
        #expect(header(centre: "Peshawar Facilitation Centre", width: 120).hasPrefix(" Peshawar Facilitation Centre "))
        #expect(header(centre: "Peshawar Civic Centre").hasPrefix(" Peshawar Civic Centre "))
    }

    @Test func shorteningRules() {
        #expect(HeaderName.fitted("Peshawar Facilitation Centre", width: 28, ellipsis: "…") == "Peshawar Facilitation Centre")
        #expect(HeaderName.fitted("Peshawar Facilitation Centre", width: 27, ellipsis: "…") == "Peshawar Facilitation…")
        #expect(HeaderName.fitted("Peshawar Facilitation Centre", width: 21, ellipsis: "...") == "Peshawar...")
        #expect(HeaderName.fitted("Dera Ismail Khan Centre", width: 12, ellipsis: "…") == "Dera Ismail…")
        #expect(HeaderName.fitted("Abbottabadfacilitation", width: 8, ellipsis: "…") == "Abbotta…", "a single long word is cut, with the ellipsis")
        #expect(HeaderName.fitted("Centre", width: 0, ellipsis: "…") == "")
    }
}
