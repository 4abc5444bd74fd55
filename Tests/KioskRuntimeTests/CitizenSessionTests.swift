import Foundation
import IdentityCore
import KioskApp
import KioskStore
import Screen
import ScreenTestSupport
import Services
import TestScheduling
import Testing

/// A whole citizen session through the real runtime, in-process: the real loop and effect runner,
/// a real registry file, the shipped services, an in-memory terminal. Whole screens are compared
/// with Tests/KioskRuntimeTests/Screens/.
@Suite(.cpuBound) struct CitizenSessionTests {
    static let irfan = "1730112345671"

    @Test func cnicPINPassApplyReceiptAndMyApplications() async throws {
        let kiosk = try SessionHarness()
        ScreenSnapshot.expect(kiosk.screen, matches: "session-1-welcome")

        await kiosk.type(Self.irfan + "\n")
        ScreenSnapshot.expect(kiosk.screen, matches: "session-2-pin")
        await kiosk.type("1357\n")
        ScreenSnapshot.expect(kiosk.screen, matches: "session-3-home")

        await kiosk.type("1")
        ScreenSnapshot.expect(kiosk.screen, matches: "session-4-my-pass")
        let kioskPassFrame = kiosk.terminal.screen
        let pass = try #require(try kiosk.registry.latestPass(for: CNIC(Self.irfan)), "the pass was issued and recorded")
        #expect(PassVerifier(trustList: .init(signers: [.init(keyID: SessionHarness.signer.keyID, publicKey: SessionHarness.signer.publicKey, label: "")]))
            .verify(pass.text, now: SessionHarness.start).isValid)
        await kiosk.press(.escape)
        #expect(kiosk.text.contains("Assalam-o-Alaikum, Muhammad Irfan Khan"))

        await kiosk.type("2")
        ScreenSnapshot.expect(kiosk.screen, matches: "session-5-services")
        await kiosk.type("1")
        #expect(kiosk.text.contains("Step 1 of 5"))
        await kiosk.press(.enter)
        await kiosk.type("2\t20100301")
        ScreenSnapshot.expect(kiosk.screen, matches: "session-6-step-2")
        await kiosk.press(.enter)
        await kiosk.type("17301-7654321-3\t17301-7654322-4\t1\t4512345\n")
        await kiosk.type("2\t2\n")
        await kiosk.type("1\n")
        #expect(kiosk.text.contains("Check your answers"))
        await kiosk.press(.enter)
        await kiosk.type("1")
        #expect(kiosk.text.contains("Fee: Rs 200"))
        await kiosk.press(.enter)
        ScreenSnapshot.expect(kiosk.screen, matches: "session-7-receipt")

        let saved = try kiosk.registry.applications(for: CNIC(Self.irfan), catalog: ServiceCatalog(services: []))
        #expect(saved.count == 1, "exactly one application was saved")
        #expect(saved.first?.id == "test-id-1", "the id came from the injected source")
        let tracking = try #require(saved.first?.tracking)
        #expect(tracking.hasPrefix("KPPSH001-000001-"))
        #expect(try FrameQR.decode(kiosk.terminal.screen).contains(tracking), "the receipt's QR code carries the tracking number")
        #expect(try FrameQR.decode(kioskPassFrame) == pass.text, "the pass QR scans to the issued pass")

        await kiosk.press(.escape)
        #expect(kiosk.text.contains("What would you like to do?"), "Esc on the receipt: done, back Home")
        await kiosk.type("3")
        ScreenSnapshot.expect(kiosk.screen, matches: "session-8-my-applications")

        #expect(kiosk.terminal.wipeCount == 0)
        await kiosk.press(.escape)
        await kiosk.type("0")
        #expect(kiosk.terminal.wipeCount == 1, "signing out wipes the screen and scrollback")
        ScreenSnapshot.expect(kiosk.screen, matches: "session-1-welcome")
    }
}
