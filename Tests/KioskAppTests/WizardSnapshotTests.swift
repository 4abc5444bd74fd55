import Foundation
import KioskApp
import QRCode
import Screen
import ScreenTestSupport
import Services
import Testing

/// The wizard's screens as text at 80×24 (and a few in ASCII); expected files live in Snapshots/.
@Suite struct WizardSnapshotTests {
    /// Every wizard screen worth looking at, reached by events.
    static func screens(width: Int = 80, height: Int = 24, settings: KioskSettings = ServiceFixture.settings) -> [(String, KioskState)] {
        func journey(_ base: KioskState, _ events: [KioskEvent], _ effects: [KioskEffect] = []) -> KioskState {
            Journey.reach(base, by: events, expecting: effects)
        }
        let lookedUp: [KioskEffect] = [.loadApplications(Fixture.cnic)]
        let domicile = { (steps: Int) in Journey.domicile(steps: steps, width: width, height: height, settings: settings) }
        let police = Journey.wizard("3", width: width, height: height, settings: settings)
        return [
            ("service-list", Journey.serviceList(width: width, height: height, settings: settings)),
            ("not-eligible", journey(Journey.serviceList(width: width, height: height, settings: settings), [
                .key(.character("1")),
                .applicationReady(ServiceFixture.domicile, prefilled: [:], ineligibleReason: LocalizedText(en: "You must be 18 or older to apply.", ur: "")),
            ], [.startApplication(serviceID: ServiceFixture.domicile.id, cnic: Fixture.cnic)])),
            ("step-prefilled", domicile(0)),
            ("step-text", journey(domicile(1), Fixture.typing("Peshawar Ci"))),
            ("step-error", journey(domicile(1), [.key(.enter)])),
            ("step-date", journey(domicile(1), Fixture.typing("Peshawar City") + [.key(.tab), .key(.character("2")), .key(.tab)] + Fixture.typing("201003"))),
            ("step-choice", journey(domicile(2), Fixture.typing("17301-7654321-3") + [.key(.tab), .key(.tab), .key(.character("2"))])),
            ("step-district", journey(police, Journey.policeUpTo(step: 3) + [.key(.character("1")), .key(.tab), .key(.tab), .key(.character("0")), .key(.character("3"))])),
            ("step-yes-no", journey(domicile(3), [.key(.character("1")), .key(.tab), .key(.character("2"))])),
            ("step-declaration", journey(domicile(4), [.key(.character("1"))])),
            ("confirm-leave", journey(domicile(0), [.key(.escape)])),
            ("review", domicile(5)),
            ("declaration", journey(domicile(5), [.key(.enter), .key(.character("1"))])),
            ("submitting", Journey.submitting(width: width, height: height, settings: settings)),
            ("refused", journey(Journey.submitting(width: width, height: height, settings: settings), [
                .applicationRefused(LocalizedText(en: "This form was changed. Please check your answers again.", ur: "")),
            ])),
            ("receipt", Journey.receipt(width: width, height: height, settings: settings)),
            ("receipt-documents", journey(Journey.receipt(width: width, height: height, settings: settings), [.key(.enter)])),
            ("my-applications", journey(Journey.home(width: width, height: height, settings: settings), [
                .key(.character("3")), .applicationsLoaded([ServiceFixture.olderReceipt, ServiceFixture.receipt()]),
            ], lookedUp)),
            ("application-detail", journey(Journey.home(width: width, height: height, settings: settings), [
                .key(.character("3")), .applicationsLoaded([ServiceFixture.olderReceipt, ServiceFixture.receipt()]), .key(.character("1")),
            ], lookedUp)),
            ("my-applications-empty", journey(Journey.home(width: width, height: height, settings: settings), [.key(.character("3")), .applicationsLoaded([])], lookedUp)),
        ]
    }

    static let names = screens().map(\.0)

    @Test(arguments: names)
    func at80x24(_ name: String) {
        let state = Self.screens().first { $0.0 == name }!.1
        let frame = Kiosk.view(state)
        #expect(frame.size == TerminalSize(width: 80, height: 24))
        Snapshot.expect(frame, matches: "80x24-wizard-\(name)")
    }

    @Test(arguments: ["service-list", "step-district", "review", "receipt", "my-applications"])
    func asciiAt80x24(_ name: String) {
        let state = Self.screens(settings: ServiceFixture.asciiSettings).first { $0.0 == name }!.1
        Snapshot.expect(Kiosk.view(state), matches: "ascii-80x24-wizard-\(name)")
    }

    @Test func asciiModeDrawsOnlyASCII() {
        for (name, state) in Self.screens(settings: ServiceFixture.asciiSettings) {
            // The Urdu name is data, drawn as it is (on Home); everything the kiosk itself draws must be ASCII.
            let text = Kiosk.view(state).text.replacingOccurrences(of: Fixture.citizen.nameUrdu!, with: "")
            let ascii = text.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "\(name) has non-ASCII: \(String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.isASCII })))")
        }
    }

    @Test(arguments: [(80, 24), (120, 40), (100, 30)])
    func everyScreenFillsItsSizeExactly(width: Int, height: Int) {
        for (_, state) in Self.screens(width: width, height: height) {
            let frame = Kiosk.view(state)
            #expect(frame.lines.allSatisfy { DisplayWidth.of($0) == width })
            #expect(frame.height == height)
        }
    }

    @Test func receiptQRParsesBackToTheTrackingNumber() throws {
        let frame = Kiosk.view(Journey.receipt())
        let expected = try QREncoder.encodeAlphanumeric("KPPSH001-000123-K")
        let scan = try FrameQR.parse(frame)
        #expect(scan.matrix == expected)
        #expect(scan.margins.left == 4 && scan.margins.right == 4 && scan.margins.top == 4)
        let (top, left, grid) = (scan.region.y, scan.region.x, (height: scan.region.height, width: scan.region.width))
        #expect(grid.width == 4 + expected.size + 4)
        for y in top..<(top + grid.height) {
            for x in left..<(left + grid.width) {
                #expect(FrameQR.shade(frame[x, y].background) != nil && FrameQR.shade(frame[x, y].foreground) != nil)
            }
        }
    }

    @Test func hostileDataIsSanitisedBeforeItIsDrawn() {
        var receipt = ServiceFixture.receipt()
        receipt.serviceTitle = LocalizedText(en: "Domicile\u{1B}[2J\u{1B}]0;pwned\u{07} Certificate\u{202E}", ur: "")
        receipt.documents = [LocalizedText(en: "CNIC\u{1B}[31m copy", ur: "")]
        var store = TestStore(Journey.home(settings: ServiceFixture.settings))
        store.send([.key(.character("3")), .applicationsLoaded([receipt]), .key(.character("1"))], expecting: [.loadApplications(Fixture.cnic)]) {
            $0.screen = .applications(MyApplicationsScreen(receipts: [receipt], selected: 0))
        }
        let frame = store.frame
        #expect(frame.text.contains("Domicile Certificate"))
        #expect(frame.text.contains("CNIC copy"))
        #expect(!frame.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x07 } })
        #expect(!frame.text.contains("pwned"))
    }
}
