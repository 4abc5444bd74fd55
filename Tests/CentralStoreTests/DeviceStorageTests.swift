import CentralStore
import Foundation
import SyncProtocol
import TestScheduling
import Testing

/// The device table on both backends: an enrolment only ever files a pending request, never replaces an
/// approved key, approval needs the code, revocation sticks, and bad requests are refused with words.
@Suite("Devices: enrolment, approval, revocation", .offCooperativePool)
struct DeviceStorageTests {
    static func key(_ byte: UInt8) -> String { Data(repeating: byte, count: 32).base64EncodedString() }
    static func request(_ kioskID: String = "KPPSH001", device: UInt8 = 1, issuer: UInt8 = 2, districts: [Int] = [173, 173, 174]) -> EnrolmentRequest {
        EnrolmentRequest(kioskID: kioskID, devicePublicKey: key(device), issuerPublicKey: key(issuer), centre: "Peshawar FC", districts: districts)
    }

    @Test(arguments: Backend.allCases)
    func anEnrolmentIsPendingUntilApprovedWithItsCodeAndNeverReplacesAnApprovedKey(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            guard case .pending(let pending) = try await storage.requestEnrolment(Self.request(), at: Date()) else {
                Issue.record("not pending")
                return
            }
            #expect(pending.status == .pending && pending.districts == [173, 174])
            #expect(pending.code == EnrolmentCode.make(kioskID: "KPPSH001", devicePublicKey: Self.key(1), issuerPublicKey: Self.key(2)))
            // Re-enrolling with other keys while pending replaces the request (a reinstalled kiosk); its code changes.
            guard case .pending(let replaced) = try await storage.requestEnrolment(Self.request(device: 3), at: Date()) else {
                Issue.record("not pending")
                return
            }
            #expect(replaced.code != pending.code)
            await #expect(throws: CentralStorageError.self) {
                try await storage.approveDevice(kioskID: "KPPSH001", code: pending.code, centre: nil, districts: nil, at: Date())
            }
            let approved = try await storage.approveDevice(kioskID: "KPPSH001", code: replaced.code, centre: "Peshawar Camp", districts: [173], at: Date())
            #expect(approved.status == .approved && approved.centre == "Peshawar Camp" && approved.districts == [173])
            #expect(try await storage.device(kioskID: "KPPSH001")?.devicePublicKey == Self.key(3))

            // Approved: other keys are refused and change nothing; the same keys answer "already approved".
            guard case .refused(let why) = try await storage.requestEnrolment(Self.request(device: 9), at: Date()) else {
                Issue.record("an enrolment replaced an approved key")
                return
            }
            #expect(why.contains("already enrolled with other keys"))
            #expect(try await storage.device(kioskID: "KPPSH001")?.devicePublicKey == Self.key(3))
            guard case .alreadyApproved = try await storage.requestEnrolment(Self.request(device: 3), at: Date()) else {
                Issue.record("the same keys were not recognised")
                return
            }
            let revoked = try await storage.revokeDevice(kioskID: "KPPSH001", at: Date())
            #expect(revoked.status == .revoked && revoked.issuerPublicKey == Self.key(2))
            #expect(try await storage.devices().map(\.status) == [.revoked])
        }
    }

    @Test(arguments: Backend.allCases)
    func badRequestsAreRefusedWithWords(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            for bad in [
                Self.request("kp-psh\n001"), Self.request("KP"), Self.request(device: 1, issuer: 1), Self.request(districts: [1]),
                EnrolmentRequest(kioskID: "KPPSH001", devicePublicKey: "short", issuerPublicKey: Self.key(2), centre: "", districts: []),
            ] {
                await #expect(throws: CentralStorageError.self) { _ = try await storage.requestEnrolment(bad, at: Date()) }
            }
            let devices = try await storage.devices()
            #expect(devices.isEmpty)
            await #expect(throws: CentralStorageError.self) {
                try await storage.approveDevice(kioskID: "KPNONE001", code: "12345-67890", centre: nil, districts: nil, at: Date())
            }
        }
    }
}
