import ChildProcesses
import Crypto
import FieldBundle
import Foundation
import KioskStore
import SyncProtocol
import TestScheduling
import Testing

/// A stick pulled out mid-write: `khyber-kiosk bundle export` killed with SIGKILL at a random point, 50 times.
/// Every file under a bundle's name is whole (it opens to all its operations); every left-over is refused as
/// a whole file (never imported in part); importing everything at the end stores each operation once.
/// The writer sleeps between 4 KiB chunks only under `KHYBER_FIELD_BUNDLE_WRITE_DELAY_MS` (set here).
@Suite("Field bundle export killed", .serialized, .offCooperativePool)
struct FieldBundleKillTests {
    @Test func noStickEverHoldsABundleThatImportsInPart() async throws {
        let camp = try FieldCamp.start(.sqlite)
        defer { camp.central.stop() }
        let kiosk = try await camp.kiosk("KPCAMP21", applications: 24)
        let keys = try camp.centralKeys()
        let binary = try TestPaths.binary("khyber-kiosk")
        let arguments = ["bundle", "export", "--to", camp.stick.path, "--data", kiosk.folder.path, "--kiosk-id", kiosk.canonicalID]
        let environment = ["KHYBER_FIELD_BUNDLE_WRITE_DELAY_MS": "10"]
        // One export left to finish says how long an export takes here; the kills land anywhere in that time.
        let started = Date()
        #expect(try ChildProcess.run(binary, arguments, environment: environment, outputFolder: camp.folder).status == 0)
        let span = UInt32(max(0.05, Date().timeIntervalSince(started)) * 1_000_000)
        var random = SystemRandomNumberGenerator()
        var killedMidway = 0, unusable = 0
        for round in 0..<50 {
            let child = try ChildProcess(binary, arguments, environment: environment, outputFolder: camp.folder)
            usleep(UInt32.random(in: 0...span, using: &random))
            if child.stop(SIGKILL) != 0 { killedMidway += 1 }
            for name in try FileManager.default.contentsOfDirectory(atPath: camp.stick.path) {
                let data = try Data(contentsOf: camp.stick.appendingPathComponent(name))
                guard let file = try? FieldBundleFile.parse(data) else {
                    // Only a hidden temporary may be cut short; it is refused whole.
                    #expect(name.hasPrefix(".") && name.hasSuffix(".partial"), "round \(round): \(name) is under a bundle's name but not whole")
                    continue
                }
                // Whatever parses opens to every waiting operation: never a part of them.
                try file.verifySignature(with: kiosk.keys.device.publicKey, signerWords: "the kiosk")
                let push = try FieldOperationsBundle.open(file, centralKey: keys.encryption)
                #expect(push.operations.count == 24, "round \(round): \(name) holds every waiting operation")
            }
        }
        #expect(killedMidway >= 5, "rounds killed before the export finished: \(killedMidway) of 50")
        let files = try FileManager.default.contentsOfDirectory(atPath: camp.stick.path).sorted().map { camp.stick.appendingPathComponent($0).path }
        for path in files where (try? FieldBundleFile.parse(try Data(contentsOf: URL(fileURLWithPath: path)))) == nil { unusable += 1 }
        let result = try camp.centralCommand(["bundle", "import"] + files)
        #expect(result.stderr.split(separator: "\n").count == unusable, "every cut file refused, no whole file refused: \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.contains("truncated") || $0.contains("not a field bundle") }, "\(result.stderr)")
        let inspector = try await CentralInspector.open(camp.central.databaseURL)
        #expect(try await inspector.storage.operationCount() == 24)
        await inspector.close()
    }
}
