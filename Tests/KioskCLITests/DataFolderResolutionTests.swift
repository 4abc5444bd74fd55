import Foundation
import TestScheduling
import Testing

/// The one rule every command finds its data folder by: `--data`, else `$KHYBER_DATA`, else the config's
/// `data_folder`, else `./.kiosk-data`. Each folder here is empty, so the command names the one it chose.
@Suite("khyber-kiosk data folder", .offCooperativePool)
struct DataFolderResolutionTests {
    @Test func flagThenEnvironmentThenConfig() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let flag = root.appendingPathComponent("from-flag").path
        let environment = root.appendingPathComponent("from-environment").path
        let configured = root.appendingPathComponent("from-config").path
        let config = root.appendingPathComponent("kiosk.yaml")
        try "data_folder: \(configured)\n".write(to: config, atomically: true, encoding: .utf8)
        // A central nothing listens on: the command stops at the registry before it tries to reach it.
        let sync = ["sync", "--once", "--central", "http://127.0.0.1:9", "--config", config.path]

        let byFlag = try CLIRunner.run(sync + ["--data", flag], environment: ["KHYBER_DATA": environment])
        #expect(byFlag.status != 0 && byFlag.stderr.contains("there is no registry in \(flag) yet"), "\(byFlag.stderr)")
        let byEnvironment = try CLIRunner.run(sync, environment: ["KHYBER_DATA": environment])
        #expect(byEnvironment.stderr.contains("there is no registry in \(environment) yet"), "\(byEnvironment.stderr)")
        let byConfig = try CLIRunner.run(sync)
        #expect(byConfig.stderr.contains("there is no registry in \(configured) yet"), "\(byConfig.stderr)")
        // A command without a config: the environment, else ./.kiosk-data.
        let lookup = try CLIRunner.run(["lookup", "--cnic", "17301-1234567-1"], environment: ["KHYBER_DATA": environment])
        #expect(lookup.stderr.contains("there is no registry in \(environment) yet"), "\(lookup.stderr)")
    }
}
