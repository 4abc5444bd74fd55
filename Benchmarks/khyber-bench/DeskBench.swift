import Foundation
import IdentityCore
import KioskStore
import KioskSync
import OperatorAccounts
import ProvincialTrust
import SyntheticRegistry

/// Issue 11's desk rows, in the real release kiosk (`operator-desk.yaml`, 80×24 pseudo-terminal) on the seeded
/// registry: an operator name search from Enter to the result list on screen, and an activation from Enter
/// on the second PIN to "Pass issued" on screen (the PIN's scrypt hash, the audit entry, the `pin.set`
/// operation and the signed pass included). The data folder gets a root-signed trust bundle made here: this
/// kiosk as an active device with its own issuer key, and one operator (a real cost-2^14 password verifier).
func runDeskBenchmarks(dataDirectory: URL, citizens: Int) async -> [String] {
    var lines = ["Operator desk in the real kiosk (80×24 pseudo-terminal, release khyber-kiosk, \(citizens.formatted()) + 2 citizens)"]
    do {
        let seeded = dataDirectory.appendingPathComponent("bench-registry.sqlite")
        if !FileManager.default.fileExists(atPath: seeded.path) {
            // `--only desk` on a fresh data folder: seed the registry the kiosk section would have made.
            try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
            let registry = try RegistryDatabase(url: seeded)
            let generator = SyntheticRegistry(seed: 1, catalog: try StoreBenchSupport.catalog())
            try RegistrySeeder(database: registry).seed(try generator.seedingSequence(count: citizens), expectedCount: citizens + 2)
            try registry.close()
        }
        let launch = try await DeskBench.prepare(dataDirectory: dataDirectory)
        let bench = DeskBench(calls: try PtyCalls(), launch: launch, generator: SyntheticRegistry(seed: 1, catalog: try StoreBenchSupport.catalog()), citizens: citizens)
        let (searches, slowest, activations) = try bench.measure()
        func describe(_ samples: [UInt64]) -> String {
            "median \(Stopwatch.format(nanoseconds: Stopwatch.percentile(samples, 50)))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(samples, 99)))"
        }
        lines.append("  name search: Enter → list drawn  \(describe(searches))  (\(searches.count) searches: \(DeskBench.queries.count) names ×\(DeskBench.searchRounds), after one warm-up round)")
        lines.append("  slowest search                   \(Stopwatch.format(nanoseconds: slowest.nanoseconds))  \"\(slowest.query)\"")
        lines.append("  activation: Enter → pass drawn   \(describe(activations))  (\(activations.count) citizens without a PIN; scrypt 2^14 + audit + pin.set + pass)")
    } catch {
        lines.append("  skipped: \(error)")
    }
    return lines
}

/// Drives the desk: sign in once, then name searches (each from a fresh Find screen), then activations of
/// random citizens who have no PIN yet (found by CNIC, card checked, PIN twice).
struct DeskBench {
    static let operatorID = "OP-BENCH"
    static let password = "bench-desk-pass-1"
    static let centre = "Bench Centre"
    static let configKioskID = "KP-PSH-DESK-01"
    static let searchRounds = 5
    static let activations = 20
    /// Latin names common and rare, partial, one Urdu; district filters by name.
    static let queries: [(name: String, district: String?)] = [
        ("Muhammad Khan", nil), ("Mohammad Khan", nil), ("Muhammad", nil), ("Khan", nil), ("Muhammad Kh", nil),
        ("Muhammad Irfan Khan", nil), ("Ayesha Bibi", nil), ("Fatima Bibi", nil), ("Gul Khan", nil), ("محمد خان", nil),
        ("Muhammad Khan", "Peshawar"), ("Khan", "Mardan"), ("Bibi", "Peshawar"), ("Zarak Shinwari", nil), ("Spogmai", nil),
        ("Aurangzeb Tanoli", nil), ("Palwasha Kakakhel", nil), ("Yusuf Afridi", nil), ("Sher Zaman", nil), ("Qwxz", nil),
    ]

    let calls: PtyCalls
    let launch: KioskLaunch
    let generator: SyntheticRegistry
    let citizens: Int

    /// The data folder `desk-run`: the seeded registry linked in, device and issuer keys, a pinned demo root
    /// in `trust-root.pub`, and a bundle of a version above any held before (the registry file is shared
    /// with earlier runs).
    static func prepare(dataDirectory: URL) async throws -> KioskLaunch {
        let launch = try KioskLaunch(benchData: dataDirectory, folderName: "desk-run", config: "KioskConfig/operator-desk.yaml")
        let folder = launch.folder
        guard let keys = try DeviceKeys.load(folder: folder, create: true) else { throw BenchError(description: "no device keys in \(folder.path)") }
        let root = ProvincialRootKey.make()
        let rootFile = folder.appendingPathComponent("trust-root.pub")
        try Data(root.publicKeyBase64.utf8).write(to: rootFile)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: rootFile.path)
        let kioskID = RegistryDatabase.canonicalKioskID(configKioskID)
        let now = Date()
        let credential = try OperatorCredential.make(
            secret: password, kind: .password, version: 1, setAt: now.addingTimeInterval(-60), setBy: "central")
        let issuerKey = keys.issuer.publicKey.rawRepresentation.base64EncodedString()
        let content = TrustBundleContent(
            version: Int64(now.timeIntervalSince1970), issuedAt: now.addingTimeInterval(-60), expiresAt: now.addingTimeInterval(90 * 86_400),
            issuers: [BundleIssuer(
                publicKey: issuerKey, keyID: 77, label: "bench desk", scope: BundleIssuer.kioskScope(kioskID),
                signUntil: now.addingTimeInterval(30 * 86_400), verifyUntil: now.addingTimeInterval(2_000 * 86_400))],
            devices: [BundleDevice(
                kioskID: kioskID, publicKey: keys.device.publicKey.rawRepresentation.base64EncodedString(), centre: centre, districts: [],
                status: BundleDevice.activeStatus)],
            operators: [BundleOperator(
                id: operatorID, name: "Bench Operator", role: "operator", centre: centre, status: BundleOperator.activeStatus,
                credential: credential.bundleForm)])
        let file = try SignedTrustBundle.sign(content: content.encoded(), with: root).fileData()
        let registry = try RegistryDatabase(url: folder.appendingPathComponent("registry.sqlite"))
        defer { try? registry.close() }
        let stored = try await registry.storeTrustBundle(version: content.version, file: file, issuerKeys: [issuerKey], at: now)
        guard stored else { throw BenchError(description: "the registry kept an older trust bundle") }
        return launch
    }

    /// Timed name searches and activations (nanoseconds each).
    func measure() throws -> (searches: [UInt64], slowest: (nanoseconds: UInt64, query: String), activations: [UInt64]) {
        let session = try PtySession(
            executable: launch.executable, arguments: launch.arguments, environment: KioskLaunch.environment, width: 80, height: 24, calls: calls)
        defer { session.terminate() }
        let driver = KioskDriver(session: session)
        try driver.expect(text: "Operator sign-in")
        driver.type("\(Self.operatorID)\t\(Self.password)\r")
        try driver.expect(text: "Signed in: \(Self.operatorID)")
        try driver.expect(text: "Operator desk")

        var searches: [UInt64] = []
        var slowest: (nanoseconds: UInt64, query: String) = (0, "")
        for round in 0...Self.searchRounds {
            for query in Self.queries {
                try openFind(driver)
                driver.type("\t\t" + query.name)
                if query.name.allSatisfy(\.isASCII) { try driver.expect(text: query.name) } else { usleep(100_000) }
                if let district = query.district {
                    driver.type("\t" + district)
                    try driver.expect(text: "→ \(district)") // Enter in the district field searches name and district together
                }
                let start = Stopwatch.now()
                driver.type("\r")
                let drawn = try driver.expect("the search's answer") { $0.contains(" found") || $0.contains("No citizen found") }
                if round > 0 {
                    searches.append(drawn - start)
                    if drawn - start > slowest.nanoseconds { slowest = (drawn - start, query.name + (query.district.map { " in \($0)" } ?? "")) }
                }
                try backToMenu(driver, escapes: 1)
            }
        }

        var activations: [UInt64] = []
        var random = SplitMix64(seed: UInt64(Date().timeIntervalSince1970 * 1000))
        var tried = 0
        while activations.count < Self.activations && tried < Self.activations * 5 {
            tried += 1
            let family = generator.family(random.below(max(1, citizens / 5)))
            let citizen = family[random.below(family.count)]
            try openFind(driver)
            driver.type(citizen.cnic.digits + "\r")
            try driver.expect(text: "PIN: ")
            guard session.screen.contains("PIN: not set") else {
                try backToMenu(driver, escapes: 2)
                continue
            }
            driver.type("1")
            try driver.expect(text: "Do the number, name, photo and expiry")
            driver.type("1")
            try driver.expect(text: "Card checked and recorded")
            driver.type("2")
            try driver.expect(text: "type a new 4-digit PIN")
            let pin = Self.strongPIN(birthDate: citizen.birthDate, random: &random)
            driver.type(pin + "\r")
            try driver.expect(text: "Type the same PIN again")
            driver.type(pin)
            usleep(20_000)
            let start = Stopwatch.now()
            driver.type("\r")
            let drawn = try driver.expect(text: "Pass issued")
            activations.append(drawn - start)
            driver.type("\r")
            try driver.expect(text: "PIN: set")
            try backToMenu(driver, escapes: 2)
        }
        return (searches, slowest, activations)
    }

    /// From the menu, a fresh Find screen.
    private func openFind(_ driver: KioskDriver) throws {
        driver.type("1")
        try driver.expect(text: "Find a citizen")
        try driver.expect("an empty Find screen") { !$0.contains(" found") }
    }

    /// Esc `escapes` times (the record → Find → menu), each after the escape delay, until the menu shows.
    private func backToMenu(_ driver: KioskDriver, escapes: Int) throws {
        for _ in 0..<escapes {
            driver.type("\u{1B}")
            usleep(60_000)
        }
        try driver.expect(text: "Operator desk")
    }

    /// A random PIN the desk accepts for this birth date.
    static func strongPIN(birthDate: CalendarDate, random: inout SplitMix64) -> String {
        while true {
            let pin = String(format: "%04d", random.below(10_000))
            if PINStrength.weakness(of: pin, birthDate: birthDate) == nil { return pin }
        }
    }
}
