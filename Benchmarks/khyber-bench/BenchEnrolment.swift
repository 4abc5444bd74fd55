import ChildProcesses
import Foundation
import KioskStore
import KioskSync
import RequestSigning
import SyncProtocol

/// Enrols a bench kiosk the way a province does (POST /v1/enrol, then `khyber-central devices approve`),
/// before any timing; returns its request signer.
enum BenchEnrolment {
    static func enrol(
        kioskID: String, central: CentralProcess, databaseURL: String, folder: URL, trust: CentralTrust = CentralTrust()
    ) async throws -> RequestSigner {
        let keyFolder = folder.appendingPathComponent("keys-\(UUID().uuidString)", isDirectory: true)
        guard let keys = try DeviceKeys.load(folder: keyFolder, create: true) else { throw StoreBenchError(description: "no bench kiosk keys") }
        let id = RegistryDatabase.canonicalKioskID(kioskID)
        let transport = try HTTPSyncTransport(centralURL: central.url, trust: trust)
        let answer: EnrolmentResponse
        do {
            answer = try await transport.enrol(EnrolmentRequest(
                kioskID: id, devicePublicKey: keys.device.publicKey.rawRepresentation.base64EncodedString(),
                issuerPublicKey: keys.issuer.publicKey.rawRepresentation.base64EncodedString(), centre: "Bench", districts: []
            ))
        } catch {
            await transport.shutdown()
            throw StoreBenchError(description: "enrolment failed: \(error)")
        }
        await transport.shutdown()
        let approved = try ChildProcess.run(
            try CentralProcess.binary(), ["devices", "approve", id, "--code", answer.code, "--db", databaseURL], outputFolder: folder)
        guard approved.status == 0 else { throw StoreBenchError(description: "devices approve failed: \(approved.stderr)") }
        return keys.signer(kioskID: id)
    }
}
