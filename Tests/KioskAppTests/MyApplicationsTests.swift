import Foundation
import KioskApp
import Screen
import Services
import Testing

@Suite struct MyApplicationsTests {
    static func loaded(_ receipts: [ApplicationReceipt]) -> KioskState {
        var state = Journey.home(settings: ServiceFixture.settings)
        state.send([.key(.character("3")), .applicationsLoaded(receipts)])
        return state
    }

    @Test func listIsNewestFirstAndOpensADetail() {
        let newer = ServiceFixture.receipt()
        var state = Self.loaded([ServiceFixture.olderReceipt, newer])
        #expect(state.screen == .applications(MyApplicationsScreen(receipts: [newer, ServiceFixture.olderReceipt])))
        let lines = Kiosk.view(state).lines
        let first = lines.firstIndex { $0.contains("KPPSH001-000123-K") }!
        let second = lines.firstIndex { $0.contains("KPPSH001-000077-C") }!
        #expect(first < second)
        #expect(lines[first].contains("1  KPPSH001-000123-K") && lines[first].contains("Saved on this kiosk") && lines[first].contains("25 Nov 2026"))
        #expect(lines[second].contains("In review") && lines[second].contains("5 Nov 2026"))
        state.send(.key(.character("2")))
        let detail = Kiosk.view(state).text
        #expect(detail.contains("K P P S H 0 0 1 - 0 0 0 0 7 7 - C"))
        #expect(detail.contains("In review"))
        state.send(.key(.escape))
        #expect(state.screen == .applications(MyApplicationsScreen(receipts: [newer, ServiceFixture.olderReceipt])))
        state.send(.key(.escape))
        #expect(state.screen == .home(HomeScreen(highlighted: .myApplications)))
    }

    @Test func everyStatusThatComesBackFitsItsColumn() {
        for status in ApplicationStatus.allCases {
            var receipt = ServiceFixture.receipt()
            receipt.status = status
            let text = Kiosk.view(Self.loaded([receipt])).text
            #expect(text.contains(status.words + " "), "\(status.words) is followed by a gap before the date")
        }
    }

    @Test func emptyListSaysSo() {
        var state = Self.loaded([])
        #expect(Kiosk.view(state).text.contains("You have no applications yet"))
        state.send(.key(.character("1")))
        #expect(state.screen == .applications(MyApplicationsScreen(receipts: [])))
        state.send(.key(.enter))
        #expect(state.screen == .home(HomeScreen(highlighted: .myApplications)))
    }

    @Test func moreThanNineArePaged() {
        let many = (0..<12).map { ServiceFixture.receipt(tracking: "KPPSH001-0001\($0 < 10 ? "0" : "")\($0)-K", minutesAgo: Double($0)) }
        var state = Self.loaded(many)
        #expect(Kiosk.view(state).text.contains("Page 1 of 2"))
        state.send([.key(.character("0")), .key(.character("2"))])
        #expect(state.screen == .applications(MyApplicationsScreen(receipts: many, page: 1, selected: 10)))
    }

    @Test func failedLoadIsACalmNoticeBackHome() {
        var state = Journey.home(settings: ServiceFixture.settings)
        state.send([.key(.character("3")), .effectFailed("database is locked")])
        #expect(state.notice == Notice(.somethingWentWrong(detail: "database is locked"), exit: .home))
    }
}
