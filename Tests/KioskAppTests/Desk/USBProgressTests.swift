import Foundation
import KioskApp
import Screen
import Testing

/// The USB screen's progress bar: each report moves the bar and names the stage, ASCII mode draws `#`/`-`,
/// a late report after the result changes nothing, and the outbox's counts after a stick refresh the badge.
@Suite struct USBProgressTests {
    static func working(_ direction: USBDirection = .export, ascii: Bool = false) -> TestStore {
        var settings = DeskFixture.settings
        settings.usbFolder = "/media/usb"
        if ascii { settings.glyphMode = .ascii }
        var store = TestStore(Journey.reach(DeskFixture.start(settings: settings), by: DeskFixture.signInKeys("OP-0042", "correct horse")
                                            + [.desk(.signInAnswered(.signedIn(DeskFixture.clerk)))],
                                            expecting: [.desk(.signIn(id: "OP-0042", secret: "correct horse"))]))
        let key: Character = direction == .export ? "3" : "4"
        let effect: DeskEffect = direction == .export ? .exportBundle(folder: "/media/usb", operatorID: "OP-0042")
            : .importBundles(folder: "/media/usb", operatorID: "OP-0042")
        store.setUp([.key(.character(key)), .key(.enter)], expecting: [.desk(effect)])
        return store
    }

    @Test func progressMovesTheBarAndALateReportIsIgnored() {
        var store = Self.working()
        #expect(!Kiosk.view(store.state).text.contains("%"), "no bar before the first report")
        let sealing = USBProgress(fraction: 0.1, stage: .sealing, operations: 10_000)
        store.send(.desk(.usbProgress(sealing)), expecting: []) {
            $0.screen = .desk(.usb(USBScreen(direction: .export, folder: "/media/usb", phase: .working, progress: sealing)))
        }
        #expect(Kiosk.view(store.state).text.contains("[██░░░░░░░░░░░░░░░░░░]  10%  Sealing 10000 operations"), "\(Kiosk.view(store.state).text)")
        let writing = USBProgress(fraction: 0.6, stage: .writing, operations: 10_000)
        store.send(.desk(.usbProgress(writing)), expecting: []) {
            $0.screen = .desk(.usb(USBScreen(direction: .export, folder: "/media/usb", phase: .working, progress: writing)))
        }
        #expect(Kiosk.view(store.state).text.contains("[████████████░░░░░░░░]  60%  Writing 10000 operations to the stick"))
        // A report that arrives out of order never moves the bar back (its stage is still shown).
        store.send(.desk(.usbProgress(USBProgress(fraction: 0.3, stage: .writing, operations: 10_000))), expecting: []) {
            $0.screen = .desk(.usb(USBScreen(direction: .export, folder: "/media/usb", phase: .working, progress: writing)))
        }
        store.send(.desk(.bundleExported(USBScreenTests.summary)), expecting: []) {
            $0.screen = .desk(.usb(USBScreen(direction: .export, folder: "/media/usb", phase: .exported(USBScreenTests.summary), progress: writing)))
        }
        // A report after the result: nothing changes, the counts stay on screen.
        store.send(.desk(.usbProgress(USBProgress(fraction: 1, stage: .finished))), expecting: [])
        let text = Kiosk.view(store.state).text
        #expect(text.contains("Operations exported: 12") && !text.contains("%"), "\(text)")
    }

    @Test func asciiModeAndAnImportsFileCount() {
        var store = Self.working(.import, ascii: true)
        let checking = USBProgress(fraction: 0.75, stage: .checking, file: 2, files: 2)
        store.send(.desk(.usbProgress(checking)), expecting: []) {
            $0.screen = .desk(.usb(USBScreen(direction: .import, folder: "/media/usb", phase: .working, progress: checking)))
        }
        let text = Kiosk.view(store.state).text
        #expect(text.contains("[###############-----]  75%  File 2 of 2: checking the central's signature"), "\(text)")
    }

    @Test func theOutboxCountsRefreshTheBadgeAtOnce() {
        var store = Self.working(.import)
        let oldest = Date(timeIntervalSince1970: 1_795_000_000)
        let link = store.state.connection.link
        store.send(.desk(.outboxCounted(pending: 3, oldestPending: oldest, failed: 1)), expecting: []) {
            $0.connection.pending = 3
            $0.connection.oldestPending = oldest
            $0.connection.failed = 1
        }
        #expect(store.state.connection.link == link, "the link stays as the last round left it")
    }
}
