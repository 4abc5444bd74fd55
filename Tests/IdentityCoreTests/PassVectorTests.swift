import TestScheduling
import Testing
@testable import IdentityCore

@Suite("Pass format test vector", .cpuBound)
struct PassVectorTests {
    static let expectedText = "KP:J60.80$SQ$+A000BM0ON0IU7KC3/IQOT7*:74R0OAOHDS.LOZ0FJLAL73-WPX2A*ZHWPT71E1PV56Q0C0D8Q-.GO5V *MBQ9S-5BU78K29 8-D5 .TQ9610"

    @Test func vectorIsExact() throws {
        let text = try PassIssuer.issue(PassVector.claims, with: PassVector.signer)
        #expect(text == Self.expectedText)
        #expect(text.count == PassFormat.textLength)
        #expect(text.allSatisfy { Base45.alphabet.contains($0.asciiValue ?? 0) })
        #expect(PassVector.signer.keyID == 33)
    }

    @Test func payloadBytesAreAsDocumented() throws {
        let payload = try PassFormat.payload(for: { var c = PassVector.claims; c.keyID = 33; return c }())
        let hex = payload.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        #expect(hex == "01210192d2bb5647000003e904233c")
        #expect(try PassFormat.claims(fromPayload: payload).cnic == PassVector.claims.cnic)
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
