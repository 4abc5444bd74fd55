import ChildProcesses
import Foundation

/// A kiosk of an end-to-end fleet: its own data folder (seeded with the synthetic registry) and its own
/// config, a shipped one with this kiosk's id, district 173 (Peshawar) and a slow background sync (the
/// tests sync with `khyber-kiosk sync --once`, so every round is one the test chose).
struct DemoKiosk {
    let id: String
    let folder: URL
    let config: URL

    init(id: String, config shipped: String, in root: URL, extraConfig: String = "") throws {
        self.id = id
        folder = root.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try String(contentsOf: CLIRunner.repository.appendingPathComponent("KioskConfig/\(shipped)"), encoding: .utf8)
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("kiosk_id:") && !$0.hasPrefix("sync_interval_seconds:") && !$0.hasPrefix("sync_districts:") }
        config = root.appendingPathComponent("\(id).yaml")
        try (kept.joined(separator: "\n") + "\nkiosk_id: \(id)\nsync_districts: [173]\nsync_interval_seconds: 600\n" + extraConfig)
            .write(to: config, atomically: true, encoding: .utf8)
        let seeded = try CLIRunner.run(["seed", "--citizens", "200", "--data", folder.path])
        guard seeded.status == 0 else { throw CLITestError("seed failed: \(seeded.stderr)") }
    }

    /// The id as the central writes it (`KP-PSH-001` → `KPPSH001`).
    var canonicalID: String { String(id.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }) }

    /// One sync round with the central.
    func sync(_ url: String) throws -> CLIRunner.Result {
        try CLIRunner.run(["sync", "--once", "--config", config.path, "--data", folder.path, "--central", url])
    }

    /// `khyber-kiosk run` on this kiosk in an 80×24 tmux pane (with no central: a field camp, offline).
    func tmux(_ url: String?) throws -> TmuxSession {
        try TmuxSession(width: 80, height: 24, command: [
            CLIRunner.binary.path, "run", "--config", config.path, "--data", folder.path,
        ] + (url.map { ["--central", $0] } ?? []), environment: ["KHYBER_ASSETS": CLIRunner.repository.appendingPathComponent("Assets").path])
    }

    /// A synthetic citizen of `district` with no PIN yet, read from the registry file (sqlite3).
    func citizenWithoutPIN(district: Int) throws -> RegistryRow {
        try RegistryRow.withoutPIN(in: folder, district: district)
    }
}

/// One citizen as the kiosk's registry file holds it, and as `khyber-central registry import` takes it.
struct RegistryRow {
    let fields: [String: Any]
    let cnic: String
    let nameLatin: String
    let birthDate: String

    init(_ row: [String: Any]) throws {
        guard let number = row["cnic"] as? Int, let name = row["name_latin"] as? String, let born = row["birth_date"] as? String else {
            throw CLITestError("an unexpected citizen row: \(row)")
        }
        fields = row
        cnic = String(number)
        nameLatin = name
        birthDate = born
    }

    /// A synthetic citizen with no PIN yet (of `district`, or of any), read from the data folder's
    /// registry file (sqlite3).
    static func withoutPIN(in folder: URL, district: Int? = nil) throws -> RegistryRow {
        let inDistrict = district.map { "district_code = \($0) AND " } ?? ""
        let query = "SELECT * FROM citizen WHERE \(inDistrict)cnic NOT IN (SELECT cnic FROM pin_credential) "
            + "AND name_latin LIKE '% %' ORDER BY cnic LIMIT 1"
        let result = try CLIRunner.tool("/usr/bin/sqlite3", ["-json", folder.appendingPathComponent("registry.sqlite").path, query])
        guard result.status == 0, let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]],
              let row = rows.first else { throw CLITestError("no citizen \(district.map { "of district \($0) " } ?? "")without a PIN: \(result.stdout)\(result.stderr)") }
        return try RegistryRow(row)
    }

    /// `17301-1234567-1`.
    var formattedCNIC: String {
        let digits = Array(cnic)
        return String(digits[0..<5]) + "-" + String(digits[5..<12]) + "-" + String(digits[12])
    }

    /// The JSON Lines record (docs: `khyber-central registry import`).
    func jsonLine() throws -> String {
        var record: [String: Any] = ["cnic": cnic, "version": 1]
        let names = [
            "name_latin": "nameLatin", "name_urdu": "nameUrdu", "guardian_latin": "guardianLatin", "guardian_urdu": "guardianUrdu",
            "guardian_relation": "guardianRelation", "gender": "gender", "birth_date": "birthDate", "district_code": "districtCode",
            "tehsil": "tehsil", "address": "address",
        ]
        for (column, key) in names { record[key] = fields[column] }
        record["mobile"] = (fields["mobile"] as? String)?.filter(\.isNumber)
        return String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
    }
}

/// A real `khyber-central` for a fleet, set up as scripts/demo-trust.sh, demo-operators.sh and
/// demo-publish.sh do it (its folder is the scripts' DATA: central.sqlite, demo-root.json).
final class DemoCentral {
    let folder: URL
    var database: String { "sqlite:" + folder.appendingPathComponent("central.sqlite").path }
    private var server: ChildProcess?
    private(set) var url = ""

    init(folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { stop() }

    /// `khyber-central ARGS --db <this database>`.
    @discardableResult
    func command(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.tool(CLIRunner.centralBinary.path, arguments + ["--db", database])
    }

    /// `command`, failing on a non-zero exit.
    @discardableResult
    func require(_ arguments: [String]) throws -> CLIRunner.Result {
        let result = try command(arguments)
        guard result.status == 0 else { throw CLITestError("khyber-central \(arguments.prefix(2).joined(separator: " ")) failed: \(result.stderr)") }
        return result
    }

    /// A demo root pinned here and by every kiosk, each kiosk's issuer key listed for it, the demo operators
    /// (at the first kiosk's centre).
    func prepare(_ kiosks: [DemoKiosk]) throws {
        let rootFile = folder.appendingPathComponent("demo-root.json")
        let made = try CLIRunner.tool(CLIRunner.centralBinary.path, ["trust", "root-init", "--out", rootFile.path])
        guard made.status == 0 else { throw CLITestError("root-init failed: \(made.stderr)") }
        let rootText = try String(contentsOf: rootFile, encoding: .utf8)
        guard let line = rootText.split(separator: "\n").first(where: { $0.contains("\"publicKey\"") }),
              let rootKey = line.split(separator: "\"").dropFirst(3).first.map(String.init) else { throw CLITestError("no public key in \(rootText)") }
        try require(["trust", "pin-root", "--public-key", rootKey])
        for kiosk in kiosks {
            try (rootKey + "\n").write(to: kiosk.folder.appendingPathComponent("trust-root.pub"), atomically: true, encoding: .utf8)
            let issuer = try CLIRunner.run(["trust", "issuer-key", "--data", kiosk.folder.path])
            guard issuer.status == 0 else { throw CLITestError("issuer-key failed: \(issuer.stderr)") }
            try require(["trust", "add-signer", "--public-key", issuer.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
                         "--scope", "kiosk:\(kiosk.id)", "--label", "kiosk \(kiosk.id)"])
        }
        try script("demo-operators.sh", [folder.path, kiosks[0].config.path, CLIRunner.centralBinary.path])
    }

    /// The central learns of one citizen (a PIN is accepted only for a citizen of its registry).
    func importRegistry(_ citizen: RegistryRow, folder root: URL) throws {
        let lines = root.appendingPathComponent("registry.jsonl")
        try (try citizen.jsonLine() + "\n").write(to: lines, atomically: true, encoding: .utf8)
        try require(["registry", "import", lines.path])
    }

    /// `serve` on a free loopback port.
    func start() throws {
        let child = try ChildProcess(CLIRunner.centralBinary.path, ["serve", "--db", database, "--host", "127.0.0.1", "--port", "0"], outputFolder: folder)
        server = child
        let listening = try child.waitForOutput(seconds: 60) { $0.contains("listening on") }
        guard let found = listening.split(whereSeparator: { $0 == " " || $0 == "\n" }).first(where: { $0.hasPrefix("http://") }) else {
            throw CLITestError("no address in \(listening)")
        }
        url = String(found)
    }

    func stop() {
        _ = server?.stop()
        server = nil
    }

    /// `khyber-kiosk enrol` at this central, approved by its code for district 173 (a supervisor's step).
    func enrolAndApprove(_ kiosk: DemoKiosk) throws {
        let enrolment = try CLIRunner.run(["enrol", "--config", kiosk.config.path, "--data", kiosk.folder.path, "--central", url])
        guard enrolment.status == 0,
              let code = enrolment.stdout.split(separator: "\n").first(where: { $0.hasPrefix("code: ") }).map({ String($0.dropFirst(6)) }) else {
            throw CLITestError("enrol failed: \(enrolment.stdout)\(enrolment.stderr)")
        }
        try require(["devices", "approve", kiosk.canonicalID, "--code", code, "--districts", "173"])
    }

    /// scripts/demo-publish.sh: draft, sign with the demo root, publish.
    func publish() throws {
        try script("demo-publish.sh", [folder.path, CLIRunner.centralBinary.path])
    }

    /// The central's field-bundle keys (`bundle key-init`), then a bundle that lists them, signed and published.
    func publishWithFieldBundleKeys() throws -> URL {
        let key = folder.appendingPathComponent("field-bundle-key.json")
        let made = try CLIRunner.tool(CLIRunner.centralBinary.path, ["bundle", "key-init", "--key", key.path])
        guard made.status == 0 else { throw CLITestError("bundle key-init failed: \(made.stderr)") }
        let draft = folder.appendingPathComponent("trust-draft.json"), signed = folder.appendingPathComponent("trust-bundle.ktb")
        try require(["trust", "draft", "--out", draft.path, "--bundle-key", key.path])
        let sign = try CLIRunner.tool(CLIRunner.centralBinary.path, [
            "trust", "sign", "--root-key", folder.appendingPathComponent("demo-root.json").path, "--draft", draft.path, "--out", signed.path,
        ])
        guard sign.status == 0 else { throw CLITestError("trust sign failed: \(sign.stderr)") }
        try require(["trust", "publish", signed.path])
        return key
    }

    /// The next trust bundle draft, as JSON text.
    func draft() throws -> String {
        let out = folder.appendingPathComponent("check-draft.json")
        try require(["trust", "draft", "--out", out.path])
        return try String(contentsOf: out, encoding: .utf8)
    }

    private func script(_ name: String, _ arguments: [String]) throws {
        let result = try CLIRunner.tool("/bin/bash", [CLIRunner.repository.appendingPathComponent("scripts/\(name)").path] + arguments)
        guard result.status == 0 else { throw CLITestError("\(name) failed: \(result.stdout)\(result.stderr)") }
    }
}
