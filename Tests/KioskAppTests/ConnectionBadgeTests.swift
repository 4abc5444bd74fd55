import Foundation
@testable import KioskApp
import Screen
import Testing

/// The header's connection badge: what it says online and offline, how it shortens to fit, the
/// overdue warning, and that a report changes nothing else.
@Suite struct ConnectionBadgeTests {
    let now = Fixture.start

    private func header(_ badge: ConnectionBadge, width: Int = 80, centre: String = "Peshawar Civic Centre") -> String {
        var state = Fixture.state()
        state.settings.centreName = centre
        state.size = TerminalSize(width: width, height: 24)
        var store = TestStore(state)
        store.send(.connectionChanged(badge), expecting: []) { $0.connection = badge }
        var line = store.frame.lines[0]
        while line.last == " " { line.removeLast() }
        return line
    }

    @Test func onlineWithNothingWaitingSaysAllSentAndWhen() {
        let line = header(ConnectionBadge(link: .online, lastSync: now.addingTimeInterval(-120)), width: 120)
        #expect(line.hasSuffix("● Online · all sent · synced 14:03"), "\(line)")
    }

    @Test func offlineSaysHowMuchWaitsAndHowOld() {
        let badge = ConnectionBadge(link: .offline, pending: 3, oldestPending: now.addingTimeInterval(-2 * 3600 - 60), lastSync: now.addingTimeInterval(-3 * 3600))
        let line = header(badge, width: 120)
        #expect(line.hasSuffix("● Offline · 3 to send · oldest 2 h · synced 11:05"), "\(line)")
        #expect(line.contains("Wed 25 Nov 2026  14:05"))
    }

    @Test func at80ColumnsTheYearGoesBeforeTheDetailThenTheDetailShortens() {
        let badge = ConnectionBadge(link: .offline, pending: 3, oldestPending: now.addingTimeInterval(-7200), lastSync: now.addingTimeInterval(-3 * 3600))
        let line = header(badge)
        #expect(line.count <= 80)
        #expect(line.hasPrefix(" Peshawar Civic Centre"), "the centre keeps at least 20 columns: \(line)")
        #expect(line.contains("● Offline · 3 to send"), "\(line)")
        #expect(line.hasSuffix("Wed 25 Nov  14:05   ● Offline · 3 to send · oldest 2 h"), "the year went first, then the sync time: \(line)")
        let crowded = ConnectionBadge(link: .offline, pending: 999, oldestPending: now.addingTimeInterval(-12 * 86_400), failed: 12, lastSync: now, warnAfter: 3600)
        #expect(header(crowded).hasSuffix("● Offline · 999 to send"), "\(header(crowded))")
    }

    @Test func overdueWorkIsMarkedAndBold() {
        let badge = ConnectionBadge(link: .offline, pending: 40, oldestPending: now.addingTimeInterval(-3 * 86_400), warnAfter: 86_400)
        #expect(badge.isOverdue(at: now))
        let line = header(badge, width: 120)
        #expect(line.contains("oldest 3 d!"), "\(line)")
        var state = Fixture.state()
        state.size = TerminalSize(width: 120, height: 40)
        var store = TestStore(state)
        store.send(.connectionChanged(badge), expecting: []) { $0.connection = badge }
        let frame = store.frame
        let column = try! #require(frame.lines[0].range(of: "Offline").map { frame.lines[0].distance(from: frame.lines[0].startIndex, to: $0.lowerBound) })
        #expect(frame[column, 0].attributes.contains(.bold))
        #expect(!ConnectionBadge(link: .offline, pending: 1, oldestPending: now.addingTimeInterval(-60), warnAfter: 86_400).isOverdue(at: now))
    }

    @Test func operationsRefusedForGoodAskForTheOperator() {
        let line = header(ConnectionBadge(link: .online, pending: 0, failed: 2, lastSync: now), width: 120)
        #expect(line.contains("2 need operator"), "\(line)")
    }

    @Test func aStorageProblemIsNeverAllSent() {
        let badge = ConnectionBadge(link: .online, pending: 0, lastSync: now, storageProblem: true)
        let wide = header(badge, width: 120)
        #expect(wide.hasSuffix("● Online · storage problem · ask staff"), "\(wide)")
        #expect(!wide.contains("all sent"))
        let narrow = header(badge)
        #expect(narrow.contains("storage problem") && !narrow.contains("all sent"), "\(narrow)")
    }

    @Test func aKioskWithoutACentralJustSaysOffline() {
        #expect(header(ConnectionBadge()).hasSuffix("● Offline"))
    }

    @Test func aReportChangesOnlyTheBadge() {
        let before = Journey.lookingUp()
        var store = TestStore(before)
        let effects = store.send(.connectionChanged(ConnectionBadge(link: .online)), expecting: []) { $0.connection = ConnectionBadge(link: .online) }
        #expect(effects.isEmpty)
        var state = store.state
        state.connection = before.connection
        #expect(state == before)
    }

    @Test func durationsReadShort() {
        #expect(ConnectionBadgeView.duration(45) == "45 s")
        #expect(ConnectionBadgeView.duration(12 * 60 + 5) == "12 min")
        #expect(ConnectionBadgeView.duration(5 * 3600) == "5 h")
        #expect(ConnectionBadgeView.duration(3 * 86_400) == "3 d")
        #expect(ConnectionBadgeView.duration(-5) == "0 s")
    }
}
