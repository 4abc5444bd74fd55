import AuditTrail
import Crypto
import Foundation
import IdentityCore
import KioskApp
import KioskRuntime
import KioskStore
import Screen
import StringCatalog
import SyntheticRegistry
import Synchronization
import Terminal

/// A whole kiosk in-process: the real loop, the real effect runner, a real registry file in a
/// temporary folder (seeded with the demo citizens and a few hundred synthetic ones), the shipped
/// service definitions, a fixed signing key and a fixed clock — and an `InMemoryTerminal` to read the
/// screen off. Keys go in one at a time, 100 ms apart on a simulated clock (so the scanner filter
/// sees a person typing), and each waits until every effect it caused has answered.
final class SessionHarness {
    /// Wednesday 25 November 2026, 14:05 in Peshawar.
    static let start = CalendarDate(year: 2026, month: 11, day: 25)!.startInstant.addingTimeInterval(14 * 3600 + 5 * 60)
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let districts: DistrictCatalog = {
        try! DistrictCatalog(json: Data(contentsOf: repository.appendingPathComponent("Assets/districts.json")))
    }()
    /// A fixed key: Ed25519 signatures are deterministic, so passes (and their QR codes) are too.
    static let signer = Ed25519PassSigner(privateKey: try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 7, count: 32)))

    /// Ids `test-id-1`, `test-id-2`, … in the order they are asked for.
    static func countingIDs() -> ApplicationIDSource {
        let counter = Mutex(0)
        return ApplicationIDSource { _ in "test-id-\(counter.withLock { value in value += 1; return value })" }
    }

    let folder: URL
    let registry: RegistryDatabase
    let terminal: InMemoryTerminal
    let loop: KioskLoop<InMemoryTerminal>
    private var instant = ContinuousClock.now

    /// A kiosk on Welcome; `environment` may be adjusted (e.g. a slow password check) before it starts.
    init(
        width: Int = 80, height: Int = 24, synthetic: Int = 200, sync: (any SyncNudging)? = nil,
        stopRequested: @escaping () -> Bool = { false }, drawGraceMilliseconds: Int = 16, adjust: (inout KioskEnvironment) -> Void = { _ in },
        prepare: (inout KioskState) -> Void = { _ in }
    ) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-runtime-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        registry = try RegistryDatabase(url: folder.appendingPathComponent("registry.sqlite"))
        // As `khyber-kiosk run` does for an enrolled kiosk: operator actions are sealed into the audit trail.
        registry.useAuditSigner(AuditSigner(kioskID: "KPPSH001", privateKey: Curve25519.Signing.PrivateKey()))
        let generator = SyntheticRegistry(seed: 42, catalog: Self.districts)
        try RegistrySeeder(database: registry, batchSize: 500).seed(try generator.seedingSequence(count: synthetic), expectedCount: synthetic + 2)
        let signer = Self.signer
        let trusted = TrustList(signers: [TrustedSigner(keyID: signer.keyID, publicKey: signer.publicKey, label: "test signer")])
        var environment = KioskEnvironment(
            registry: registry, signer: signer, trustListFile: { trusted },
            checkOperatorPassword: { $0 == "kiosk-operator" },
            services: ServiceCatalogCache(directory: Self.repository.appendingPathComponent("Assets/services", isDirectory: true)),
            districts: Self.districts, kioskID: "KPPSH001", now: { SessionHarness.start },
            applicationIDs: Self.countingIDs()
        )
        let inbox = KioskEventInbox()
        environment.post = { inbox.post($0) }
        adjust(&environment)
        let strings = (try? CatalogSet.load(folder: Self.repository.appendingPathComponent("Assets/strings", isDirectory: true))) ?? CatalogSet()
        let settings = KioskSettings(kioskID: "KPPSH001", centreName: "Peshawar Civic Centre", districts: Self.districts.districts, strings: strings)
        terminal = InMemoryTerminal(width: width, height: height)
        var state = KioskState(settings: settings, now: Self.start, size: terminal.size)
        prepare(&state)
        loop = KioskLoop(
            terminal: terminal, runner: KioskEffectRunner(environment: environment),
            state: state, inbox: inbox, sync: sync, now: { SessionHarness.start },
            stopRequested: stopRequested, log: { _ in }, drawGraceMilliseconds: drawGraceMilliseconds
        )
        loop.start()
    }

    deinit {
        try? registry.close()
        try? FileManager.default.removeItem(at: folder)
    }

    /// The screen as trimmed text rows.
    var screen: [String] { terminal.trimmedLines }
    /// The screen as one text, rows joined by newlines (for `contains`).
    var text: String { screen.joined(separator: "\n") }

    /// Types `text` (CR/LF as Enter, TAB as Tab), a key at a time, each settled before the next.
    func type(_ text: String) async {
        for grapheme in text {
            switch grapheme {
            case "\r", "\n", "\r\n": await press(.enter)
            case "\t": await press(.tab)
            default: await press(.character(grapheme))
            }
        }
    }

    /// Presses one key and waits for everything it caused.
    func press(_ key: KeyEvent) async {
        instant = instant.advanced(by: .milliseconds(100))
        loop.feed(.key(key), at: instant)
        await loop.settle()
    }

    /// Feeds one key without waiting for its effects to answer, and draws: what a citizen sees at once.
    func pressWithoutWaiting(_ key: KeyEvent) {
        instant = instant.advanced(by: .milliseconds(100))
        loop.feed(.key(key), at: instant)
        loop.draw()
    }
}
