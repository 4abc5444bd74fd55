import ChildProcesses
import Foundation
import IdentityCore
import KioskSync
import SyncProtocol
import Synchronization

/// Every central the sync tests start requires signed requests, so every simulated kiosk is enrolled and
/// approved the way a province does it — `POST /v1/enrol` with its own keys, then
/// `khyber-central devices approve ID --code C` run as the real binary — once per central and kiosk,
/// the first time the kiosk syncs there. It is enrolled for every district of Assets/districts.json
/// (tests of the district scope enrol their kiosks themselves, with `enrol(...)`).
enum TestEnrolment {
    /// Central URL → its database URL, for the approve command (set when a `CentralServer` starts).
    static let centrals = Mutex<[String: String]>([:])
    /// "central URL|kiosk id" already approved in this test run.
    private static let approved = Mutex<Set<String>>([])

    static let allDistricts: [Int] = SimulatedKiosk.districts.districts.map(\.code).sorted()

    /// Enrols and approves `kiosk` at `centralURL` unless done already (nothing for a central this run did not start).
    /// `centre` replaces the "Test centre" every kiosk asks for (operator accounts belong to a centre).
    static func ensure(_ kiosk: SimulatedKiosk, at centralURL: String, trust: CentralTrust = CentralTrust(), centre: String? = nil) async throws {
        let key = centralURL + "|" + kiosk.canonicalID
        guard approved.withLock({ !$0.contains(key) }), let databaseURL = centrals.withLock({ $0[centralURL] }) else { return }
        try await enrol(kiosk, at: centralURL, databaseURL: databaseURL, districts: allDistricts, trust: trust, centre: centre)
        _ = approved.withLock { $0.insert(key) }
    }

    /// Many kiosks at once, before a timed run: each request over HTTP, each approval through one storage
    /// connection of the central's database (spawning 200 `devices approve` would time the test harness).
    static func ensureAll(_ kiosks: [SimulatedKiosk], at centralURL: String) async throws {
        guard let databaseURL = centrals.withLock({ $0[centralURL] }) else { return }
        let inspector = try await CentralInspector.open(databaseURL)
        do {
            for kiosk in kiosks {
                let code = try await request(kiosk, at: centralURL, districts: allDistricts)
                _ = try await inspector.storage.approveDevice(kioskID: kiosk.canonicalID, code: code, centre: nil, districts: nil, at: Date())
                _ = approved.withLock { $0.insert(centralURL + "|" + kiosk.canonicalID) }
            }
        } catch {
            await inspector.close()
            throw error
        }
        await inspector.close()
    }

    /// Sends `kiosk`'s enrolment and approves it with `districts`; returns the code.
    @discardableResult
    static func enrol(
        _ kiosk: SimulatedKiosk, at centralURL: String, databaseURL: String, districts: [Int], approve: Bool = true, trust: CentralTrust = CentralTrust(),
        centre: String? = nil
    ) async throws -> String {
        let code = try await request(kiosk, at: centralURL, districts: districts, trust: trust)
        if approve {
            let result = try ChildProcess.run(
                try TestPaths.binary("khyber-central"),
                ["devices", "approve", kiosk.canonicalID, "--code", code, "--districts", districts.map(String.init).joined(separator: ","), "--db", databaseURL]
                    + (centre.map { ["--centre", $0] } ?? []),
                outputFolder: kiosk.folder
            )
            guard result.status == 0 else { throw SyncTestError("devices approve failed: \(result.stderr)") }
        }
        return code
    }

    /// Only the enrolment request (pending); returns the central's code.
    static func request(_ kiosk: SimulatedKiosk, at centralURL: String, districts: [Int], trust: CentralTrust = CentralTrust()) async throws -> String {
        let transport = try HTTPSyncTransport(centralURL: centralURL, trust: trust)
        defer { Task { await transport.shutdown() } }
        let answer = try await transport.enrol(EnrolmentRequest(
            kioskID: kiosk.canonicalID, devicePublicKey: kiosk.keys.device.publicKey.rawRepresentation.base64EncodedString(),
            issuerPublicKey: kiosk.keys.issuer.publicKey.rawRepresentation.base64EncodedString(), centre: "Test centre", districts: districts
        ))
        return answer.code
    }
}
