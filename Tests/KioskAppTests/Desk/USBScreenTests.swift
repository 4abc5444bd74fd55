import BidiText
import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// Export to USB / Import from USB on the desk menu: the folder (from the config, or typed), one effect on
/// Enter, the counts and plain reasons on screen; export whatever the freeze state.
@Suite struct USBScreenTests {
    static func menu(usbFolder: String? = "/media/usb") -> KioskState {
        var settings = DeskFixture.settings
        settings.usbFolder = usbFolder
        return Journey.reach(DeskFixture.start(settings: settings), by: DeskFixture.signInKeys("OP-0042", "correct horse")
                             + [.desk(.signInAnswered(.signedIn(DeskFixture.clerk)))],
                             expecting: [.desk(.signIn(id: "OP-0042", secret: "correct horse"))])
    }

    static let summary = USBExportSummary(
        fileName: "KPPSH001-operations-000003.kfb", folder: "/media/usb", operations: 12, firstSequence: 40, lastSequence: 51, bytes: 48_213,
        exportSerial: 3)

    @Test func exportStartsFromTheConfiguredFolderAndShowsTheCounts() {
        var store = TestStore(Self.menu())
        store.send(.key(.character("3")), expecting: []) {
            $0.screen = .desk(.usb(USBScreen(direction: .export, folder: "/media/usb")))
        }
        #expect(Kiosk.view(store.state).text.contains("Folder on the stick: /media/usb"))
        store.send(.key(.enter), expecting: [.desk(.exportBundle(folder: "/media/usb", operatorID: "OP-0042"))]) {
            $0.screen = .desk(.usb(USBScreen(direction: .export, folder: "/media/usb", phase: .working)))
        }
        #expect(Kiosk.view(store.state).text.contains("Writing the bundle to the stick"))
        store.send(.key(.enter), expecting: [])  // keys wait while the bundle is written
        store.send(.desk(.bundleExported(Self.summary)), expecting: []) {
            $0.screen = .desk(.usb(USBScreen(direction: .export, folder: "/media/usb", phase: .exported(Self.summary))))
        }
        let text = Kiosk.view(store.state).text
        #expect(text.contains("Operations exported: 12 (sequences 40 to 51)."), "\(text)")
        #expect(text.contains("File: KPPSH001-operations-000003.kfb (48.2 KB), export no. 3."), "\(text)")
        store.send(.key(.escape), expecting: []) { $0.screen = .desk(.menu(DeskMenuScreen(highlighted: .exportUSB))) }
    }

    @Test func aTypedFolderAndAnEmptyOne() {
        var store = TestStore(Self.menu(usbFolder: nil))
        store.send(.key(.character("3")), expecting: []) { $0.screen = .desk(.usb(USBScreen(direction: .export, folder: ""))) }
        store.send(.key(.enter), expecting: []) { $0.screen = .desk(.usb(USBScreen(direction: .export, folder: "", phase: .choosing(.noFolder)))) }
        #expect(Kiosk.view(store.state).text.contains("Type the folder of the USB stick first"))
        store.send(Fixture.typing(" /mnt/stick ") + [.key(.enter)], expecting: [.desk(.exportBundle(folder: "/mnt/stick", operatorID: "OP-0042"))]) {
            $0.screen = .desk(.usb(USBScreen(direction: .export, folder: "/mnt/stick", phase: .working)))
        }
        store.send(.desk(.usbFailed("there is no folder /mnt/stick: is the USB stick plugged in (and opened)?")), expecting: []) {
            $0.screen = .desk(.usb(USBScreen(direction: .export, folder: "/mnt/stick",
                                             phase: .failed("there is no folder /mnt/stick: is the USB stick plugged in (and opened)?"))))
        }
        #expect(Kiosk.view(store.state).text.contains("Nothing was exported: there is no folder /mnt/stick"), "\(Kiosk.view(store.state).text)")
        // Enter: try again with the same folder (the stick plugged in now); Ctrl-U clears it.
        store.send(.key(.enter), expecting: []) { $0.screen = .desk(.usb(USBScreen(direction: .export, folder: "/mnt/stick"))) }
        store.send(.key(.control("u")), expecting: []) { $0.screen = .desk(.usb(USBScreen(direction: .export, folder: ""))) }
    }

    @Test func aFailedEffectEndsTheWaitWithTheReason() {
        var store = TestStore(Self.menu())
        store.setUp([.key(.character("4")), .key(.enter)], expecting: [.desk(.importBundles(folder: "/media/usb", operatorID: "OP-0042"))])
        store.send(.effectFailed("disk I/O error"), expecting: []) {
            $0.screen = .desk(.usb(USBScreen(direction: .import, folder: "/media/usb", phase: .failed("disk I/O error"))))
        }
        #expect(Kiosk.view(store.state).text.contains("Nothing was imported: disk I/O error"))
    }

    @Test func importShowsEachFileWithItsCountsAndPlainReasons() {
        var store = TestStore(Self.menu())
        store.setUp([.key(.character("4")), .key(.enter)], expecting: [.desk(.importBundles(folder: "/media/usb", operatorID: "OP-0042"))])
        let report = USBImportReport(folder: "/media/usb", files: [
            USBImportedFile(name: "KPPSH001-receipt-000003.kfb", outcome: .receipt(
                exportSerial: 3, accepted: 10, duplicates: 1, conflicts: 0, refused: 1, refusals: ["the fee does not match the service"])),
            USBImportedFile(name: "KPPSH001-changes-000000000120.kfb", outcome: .changes(
                statuses: 4, records: 2, pins: 1, trust: 0, skipped: 0, trustBundle: "trust bundle version 5 stored", moreWaiting: true)),
            USBImportedFile(name: "KPMRD002-changes-000000000007.kfb", outcome: .refused("this bundle is for kiosk KPMRD002, not for this kiosk (KPPSH001)")),
        ], leftAlone: 2)
        store.send(.desk(.bundlesImported(report)), expecting: []) {
            $0.screen = .desk(.usb(USBScreen(direction: .import, folder: "/media/usb", phase: .imported(report))))
        }
        let text = Kiosk.view(store.state).text
        #expect(text.contains("receipt for export no. 3: 10 accepted, 1") && text.contains("already there, 0 conflicts, 1 refused."), "\(text)")
        #expect(text.contains("refused: the fee does not match the service"))
        #expect(text.contains("applied 4 statuses, 2 registry records") && text.contains("  trust bundle version 5 stored")
                && text.contains("More changes wait at the central."), "\(text)")
        #expect(text.contains("refused: this bundle is for kiosk") && text.contains("KPMRD002, not for this kiosk"))
        #expect(text.contains("Other files left alone (exports for the central, other kiosks' files): 2."), "\(text)")
    }

    @Test func anAnswerForTheOtherDirectionOrAnotherScreenChangesNothing() {
        var store = TestStore(Self.menu())
        store.setUp([.key(.character("4")), .key(.enter)], expecting: [.desk(.importBundles(folder: "/media/usb", operatorID: "OP-0042"))])
        let before = store.state
        store.setUp([.desk(.bundleExported(Self.summary))], expecting: [])
        #expect(store.state == before)
        var menu = TestStore(Self.menu())
        let resting = menu.state
        menu.setUp([.desk(.usbFailed("late"))], expecting: [])
        #expect(menu.state == resting)
    }

    @Test func exportIsOfferedWhileNewApplicationsArePaused() {
        var frozen = Self.menu()
        frozen.settings.freezeRules = FreezeRulesTests.rules
        frozen.connection = FreezeRulesTests.badge(pending: 150, oldestDaysAgo: 9)
        #expect(frozen.freezeReason != nil)
        var store = TestStore(frozen)
        store.setUp([.key(.character("3")), .key(.enter)], expecting: [.desk(.exportBundle(folder: "/media/usb", operatorID: "OP-0042"))])
        #expect(store.state.screen == .desk(.usb(USBScreen(direction: .export, folder: "/media/usb", phase: .working))))
    }

    @Test func theMenuAndTheScreenInUrduAndPashto() {
        for (language, menuWord, title) in [("ur", "یو ایس بی پر برآمد کریں", "یو ایس بی سے درآمد کریں"), ("ps", "یو ایس بي ته صادرول", "له یو ایس بي څخه واردول")] {
            var state = Self.menu()
            state.settings.defaultLanguage = language
            state.settings.arabicScript = true
            state.settings.glyphMode = .unicode
            // Shaped and in visual order, as the terminal shows it.
            #expect(Kiosk.view(state).text.contains(BidiText.visual(menuWord)), "\(language): \(Kiosk.view(state).text)")
            let usb = Journey.reach(state, by: [.key(.character("4"))], expecting: [])
            #expect(Kiosk.view(usb).text.contains(BidiText.visual(title)), "\(language)")
        }
    }

    @Test func controlCharactersNeverReachTheFolder() {
        var store = TestStore(Self.menu(usbFolder: nil))
        store.setUp([.key(.character("3"))] + Fixture.typing("/a\u{1B}[2Jb"), expecting: [])
        guard case .desk(.usb(let usb)) = store.state.screen else { Issue.record("not on the USB screen"); return }
        #expect(!usb.folder.contains("\u{1B}"), "\(usb.folder.debugDescription)")
    }
}
