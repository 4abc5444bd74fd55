import Foundation
import KioskApp
import Screen
import Services
import Testing

@Suite struct MyApplicationsTests {
    static func loaded(_ receipts: [ApplicationReceipt]) -> KioskState {
        Journey.reach(Journey.home(settings: ServiceFixture.settings), by: [.key(.character("3")), .applicationsLoaded(receipts)],
                      expecting: [.loadApplications(Fixture.cnic)])
    }

    @Test func listIsNewestFirstAndOpensADetail() {
        let newer = ServiceFixture.receipt()
        var store = TestStore(Self.loaded([ServiceFixture.olderReceipt, newer]))
        #expect(store.state.screen == .applications(MyApplicationsScreen(receipts: [newer, ServiceFixture.olderReceipt])))
        let lines = store.frame.lines
        let first = lines.firstIndex { $0.contains("KPPSH001-000123-K") }!
        let second = lines.firstIndex { $0.contains("KPPSH001-000077-C") }!
        #expect(first < second)
        #expect(lines[first].contains("1  KPPSH001-000123-K") && lines[first].contains("Saved on this kiosk") && lines[first].contains("25 Nov 2026"))
        #expect(lines[second].contains("In review") && lines[second].contains("5 Nov 2026"))
        store.send(.key(.character("2")), expecting: []) {
            $0.screen = .applications(MyApplicationsScreen(receipts: [newer, ServiceFixture.olderReceipt], selected: 1))
        }
        let detail = store.frame.text
        #expect(detail.contains("K P P S H 0 0 1 - 0 0 0 0 7 7 - C"))
        #expect(detail.contains("In review"))
        store.send(.key(.escape), expecting: []) { $0.screen = .applications(MyApplicationsScreen(receipts: [newer, ServiceFixture.olderReceipt])) }
        #expect(store.state.screen == .applications(MyApplicationsScreen(receipts: [newer, ServiceFixture.olderReceipt])))
        store.send(.key(.escape), expecting: []) { $0.screen = .home(HomeScreen(highlighted: .myApplications)) }
        #expect(store.state.screen == .home(HomeScreen(highlighted: .myApplications)))
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
        var store = TestStore(Self.loaded([]))
        #expect(store.frame.text.contains("You have no applications yet"))
        store.send(.key(.character("1")), expecting: [])
        #expect(store.state.screen == .applications(MyApplicationsScreen(receipts: [])))
        store.send(.key(.enter), expecting: []) { $0.screen = .home(HomeScreen(highlighted: .myApplications)) }
        #expect(store.state.screen == .home(HomeScreen(highlighted: .myApplications)))
    }

    @Test func moreThanNineArePaged() {
        let many = (0..<12).map { ServiceFixture.receipt(tracking: "KPPSH001-0001\($0 < 10 ? "0" : "")\($0)-K", minutesAgo: Double($0)) }
        var store = TestStore(Self.loaded(many))
        #expect(store.frame.text.contains("Page 1 of 2"))
        store.send([.key(.character("0")), .key(.character("2"))], expecting: []) {
            $0.screen = .applications(MyApplicationsScreen(receipts: many, page: 1, selected: 10))
        }
        #expect(store.state.screen == .applications(MyApplicationsScreen(receipts: many, page: 1, selected: 10)))
    }

    @Test func failedLoadIsACalmNoticeBackHome() {
        var store = TestStore(Journey.home(settings: ServiceFixture.settings))
        store.send(.key(.character("3")), expecting: [.loadApplications(Fixture.cnic)]) { $0.screen = .applications(MyApplicationsScreen()) }
        store.send(.effectFailed("database is locked"), expecting: []) {
            $0.screen = .notice(Notice(.somethingWentWrong(detail: "database is locked"), exit: .home))
        }
        #expect(store.state.notice == Notice(.somethingWentWrong(detail: "database is locked"), exit: .home))
    }
}
