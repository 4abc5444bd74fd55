import AuditTrail
import Crypto
import Foundation
import IdentityCore
import KioskApp
import KioskRuntime
import KioskStore
import KioskSync
import Screen
import StringCatalog
import Synchronization
import TestScheduling
import Terminal
import Testing

/// The desk's USB progress bar and header badge at run time, all real: a kiosk's own registry file and keys
/// (enrolled, holding the trust bundle from one network sync), the real loop and effect runner on an in-memory
/// terminal, a real stick folder, and a real `khyber-central bundle import` / `bundle export` between export
/// and import. Every event the runner posts is kept in the order it was posted, and goes on to the loop.
@Suite("Desk USB progress and badge at run time (real files, a real central)", .serialized, .offCooperativePool)
struct DeskUSBRuntimeTests {
    @Test func theBarClimbsInOrderAndTheBadgeFollowsTheStick() async throws {
        let camp = try FieldCamp.start(.sqlite)
        defer { camp.central.stop() }
        let kiosk = try await camp.kiosk("KPDESK07", applications: 5)
        AuditedKiosk.attachSigner(kiosk)
        let desk = try DeskRun(kiosk: kiosk, root: camp.cycle.root.publicKey, stick: camp.stick)

        // Before: the badge shows what the outbox holds.
        let before = try kiosk.pending()
        #expect(before == 5, "the five applications wait")
        #expect(desk.loop.state.connection.pending == before)
        #expect(desk.header.contains("\(before) to send"), "\(desk.header)")

        // Export from the desk's USB screen (menu 3, the folder prefilled from usb_folder).
        await desk.type("3\n")
        guard case .desk(.usb(let exportScreen)) = desk.loop.state.screen, case .exported(let summary) = exportScreen.phase else {
            Issue.record("not exported: \(desk.terminal.trimmedLines.joined(separator: "\n"))"); return
        }
        #expect(summary.operations == before)
        let exportSteps = desk.takeProgress()
        Self.expectClimbs(exportSteps, stages: [.readingOutbox, .sealing, .writing, .syncing, .finished])
        #expect(exportSteps.contains { $0.stage == .writing }, "the writing stage is reported: \(exportSteps)")
        #expect(exportSteps.last == USBProgress(fraction: 1, stage: .finished, operations: before), "\(exportSteps)")
        // The export's own audit entry waits too: the badge counts it, as the outbox does.
        let afterExport = try kiosk.pending()
        #expect(afterExport == before + 1, "the export's audit entry: \(afterExport)")
        #expect(desk.loop.state.connection.pending == afterExport, "badge \(desk.loop.state.connection.pending), outbox \(afterExport)")

        // The central takes the stick in (a receipt beside it) and writes the kiosk's changes onto it.
        let bundle = camp.stick.appendingPathComponent(summary.fileName)
        let central = try camp.importAtCentral(bundle)
        #expect(FileManager.default.fileExists(atPath: central.receipt.path), "\(central.output)")
        let changes = try camp.centralCommand(["bundle", "export", "--kiosk", kiosk.canonicalID, "--to", camp.stick.path])
        #expect(changes.status == 0, "\(changes.stdout)\(changes.stderr)")

        // Import at the desk (menu 4): the receipt acknowledges the export at once, no network sync.
        await desk.press(.escape)
        await desk.type("4\n")
        guard case .desk(.usb(let importScreen)) = desk.loop.state.screen, case .imported(let report) = importScreen.phase else {
            Issue.record("not imported: \(desk.terminal.trimmedLines.joined(separator: "\n"))"); return
        }
        #expect(report.files.count == 2, "the receipt and the changes: \(report.files)")
        let importSteps = desk.takeProgress()
        Self.expectFilesClimb(importSteps, files: 2)
        #expect(importSteps.last == USBProgress(fraction: 1, stage: .finished, file: 2, files: 2), "\(importSteps)")

        // Still unacknowledged, honestly: the export's audit entry (made after the bundle was sealed) and the import's.
        let afterImport = try kiosk.pending()
        #expect(afterImport == 2, "the export's and the import's audit entries: \(afterImport)")
        #expect(desk.loop.state.connection.pending == afterImport, "badge \(desk.loop.state.connection.pending), outbox \(afterImport)")
        #expect(desk.loop.state.connection.lastSync == desk.lastSyncAtStart, "the badge's counts changed without a sync round")
        await desk.press(.escape)
        #expect(desk.header.contains("\(afterImport) to send"), "\(desk.header)")
    }

    /// Export reports: stages in `stages`' order, never back; fractions never down; the last at 100 %.
    static func expectClimbs(_ steps: [USBProgress], stages: [USBStage]) {
        #expect(steps.count >= 3, "\(steps)")
        let ranks = steps.map { stages.firstIndex(of: $0.stage) ?? -1 }
        #expect(ranks.allSatisfy { $0 >= 0 }, "only export stages: \(steps)")
        #expect(zip(ranks, ranks.dropFirst()).allSatisfy { $0 <= $1 }, "stages in order: \(steps)")
        #expect(zip(steps, steps.dropFirst()).allSatisfy { $0.fraction <= $1.fraction }, "the bar never goes back: \(steps)")
        #expect(steps.last?.fraction == 1)
    }

    /// Import reports: file 1 then 2 (never back), within a file reading → checking → applying, the whole
    /// import's fraction never down, one `.finished` at 100 % at the end.
    static func expectFilesClimb(_ steps: [USBProgress], files: Int) {
        let order: [USBStage] = [.reading, .checking, .applying]
        let perFile = steps.dropLast()
        #expect(perFile.allSatisfy { $0.files == files && order.contains($0.stage) }, "\(steps)")
        let numbers = perFile.compactMap(\.file)
        #expect(numbers.first == 1 && numbers.last == files, "file 1 to \(files): \(numbers)")
        #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 <= $1 }, "file i of n only climbs: \(numbers)")
        for file in 1...files {
            let ranks = perFile.filter { $0.file == file }.map { order.firstIndex(of: $0.stage)! }
            #expect(ranks.first == 0 && zip(ranks, ranks.dropFirst()).allSatisfy { $0 <= $1 }, "file \(file)'s stages: \(steps)")
        }
        #expect(zip(steps, steps.dropFirst()).allSatisfy { $0.fraction <= $1.fraction }, "the bar never goes back: \(steps)")
        #expect(steps.filter { $0.stage == .finished }.count == 1 && steps.last?.stage == .finished && steps.last?.fraction == 1, "\(steps)")
    }
}

/// A desk on `kiosk`'s own folder as `khyber-kiosk run` builds it: field bundles from its device key and the pinned
/// root, the badge's first counts from the outbox, an operator signed in on the menu, `usb_folder` the stick.
final class DeskRun {
    let terminal = InMemoryTerminal(width: 80, height: 24)
    let loop: KioskLoop<InMemoryTerminal>
    let lastSyncAtStart: Date?
    private let posted = PostedEvents()
    private var instant = ContinuousClock.now

    init(kiosk: SimulatedKiosk, root: Curve25519.Signing.PublicKey, stick: URL) throws {
        let repository = TestPaths.repository
        let districts = try DistrictCatalog(json: Data(contentsOf: repository.appendingPathComponent("Assets/districts.json")))
        let signer = Ed25519PassSigner(privateKey: Curve25519.Signing.PrivateKey())
        var environment = KioskEnvironment(
            registry: kiosk.registry, signer: signer, trustListFile: { TrustList(signers: []) }, checkOperatorPassword: { _ in false },
            services: ServiceCatalogCache(directory: repository.appendingPathComponent("Assets/services", isDirectory: true)),
            districts: districts, kioskID: kiosk.canonicalID)
        environment.fieldBundles = FieldBundleKiosk(
            registry: kiosk.registry, kioskID: kiosk.canonicalID, deviceKey: kiosk.keys.device, folder: kiosk.folder,
            pinnedRoot: root, districts: [])
        let inbox = KioskEventInbox()
        let posted = posted
        environment.post = { event in
            posted.events.withLock { $0.append(event) }
            inbox.post(event)
        }
        let strings = try CatalogSet.load(folder: repository.appendingPathComponent("Assets/strings", isDirectory: true))
        var settings = KioskSettings(kioskID: kiosk.canonicalID, centreName: "Peshawar Civic Centre", districts: districts.districts, strings: strings)
        settings.opensOnOperatorSignIn = true
        settings.usbFolder = stick.path
        var state = KioskState(settings: settings, now: Date(), size: terminal.size)
        let snapshot = try kiosk.registry.syncSnapshot()
        lastSyncAtStart = snapshot.lastSync
        state.connection = ConnectionBadge(
            link: .offline, pending: snapshot.pending, oldestPending: snapshot.oldestPending, failed: snapshot.failed, lastSync: snapshot.lastSync)
        state.operatorSession = OperatorSession(signedIn: DeskOperator(id: "OP-0042", name: "Amina Bibi", role: .operator), since: Date())
        state.screen = .desk(.menu(DeskMenuScreen()))
        loop = KioskLoop(terminal: terminal, runner: KioskEffectRunner(environment: environment), state: state, inbox: inbox, log: { _ in })
        loop.start()
    }

    /// The header row as drawn.
    var header: String { terminal.trimmedLines.first ?? "" }

    /// The progress reports posted since the last call, in the order posted.
    func takeProgress() -> [USBProgress] {
        posted.events.withLock { events in
            defer { events.removeAll() }
            return events.compactMap { if case .desk(.usbProgress(let step)) = $0 { step } else { nil } }
        }
    }

    func type(_ text: String) async {
        for grapheme in text { await press(grapheme == "\n" ? .enter : .character(grapheme)) }
    }

    func press(_ key: KeyEvent) async {
        instant = instant.advanced(by: .milliseconds(100))
        loop.feed(.key(key), at: instant)
        await loop.settle()
    }
}

/// Every event the runner posted, in order (shared with the runner's thread).
final class PostedEvents: Sendable {
    let events = Mutex<[KioskEvent]>([])
}
