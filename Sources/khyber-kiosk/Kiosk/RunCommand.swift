import ArgumentParser
import CommandLineSupport
import Foundation
import KioskApp
import KioskRuntime
import KioskStore
import KioskSync
import Screen
import Terminal

/// `run` (the default): the full-screen kiosk.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Start the full-screen kiosk (the default command).",
        discussion: """
        Citizens type their CNIC (dashes appear by themselves) or scan their Khyber Pass, enter their PIN, and see their pass as a QR code. Needs a terminal of at least 80×24.

        Ctrl-C, Ctrl-Z and Ctrl-\\ do nothing. Operator exit: Ctrl-X then Ctrl-Q, then the operator password from the config. SIGTERM or SIGHUP wipes the screen and ends the kiosk cleanly. Diagnostics go to DATA/kiosk.log, never to the screen.
        """
    )

    @Option(help: "A kiosk config file (see KioskConfig/).")
    var config: String?

    @Option(help: "The data folder; overrides the config's data_folder.")
    var data: String?

    @Option(help: "The central store's address, like http://127.0.0.1:8471; overrides the config's central_url.")
    var central: String?

    func run() throws {
        let configuration: KioskConfiguration
        if let config {
            do { configuration = try KioskConfiguration.load(from: config) } catch { throw CLIError(error.description) }
        } else {
            configuration = KioskConfiguration()
        }
        let folder = DataFolder.resolve(flag: data, configured: configuration.dataFolder)
        let registry = try folder.openRegistry()
        KioskIdentity.attachAuditSigner(to: registry, folder: folder, kioskID: configuration.kioskID)
        let signer = try folder.signer()
        let provincialTrust = try folder.provincialTrust(configuredRoot: configuration.trustRoot, kioskID: configuration.kioskID)
        let (_, trustWarning) = try folder.verificationTrust(registry: registry, setting: provincialTrust, now: Date())
        let districts = try Assets.districtCatalog()
        let servicesFolder = try Assets.folder().appendingPathComponent("services", isDirectory: true)
        let strings = try KioskStrings.load()
        guard strings.catalog(configuration.language) != nil else {
            throw CLIError("language: \(configuration.language) has no string catalog in Assets/strings (there are: \(strings.catalogs.map(\.code).joined(separator: ", ")))")
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIError("the kiosk needs a terminal; for scripts use the other commands (khyber-kiosk --help)")
        }
        try redirectDiagnostics(to: folder.url.appendingPathComponent("kiosk.log"))
        if let trustWarning { KioskLog.write("trust warning: \(trustWarning)") }

        var settings = KioskSettings(
            kioskID: configuration.kioskID,
            centreName: configuration.centreName,
            idleTimeout: TimeInterval(configuration.idleTimeoutSeconds),
            idleWarning: TimeInterval(configuration.idleWarningSeconds),
            glyphMode: Self.glyphMode(for: configuration.glyphs),
            districts: districts.districts,
            strings: strings,
            defaultLanguage: configuration.language,
            arabicScript: KioskStrings.terminalShowsArabicScript(glyphs: Self.glyphMode(for: configuration.glyphs))
        )
        settings.centreNames = configuration.centreNames
        settings.opensOnOperatorSignIn = configuration.mode == .operatorDesk
        settings.usbFolder = configuration.usbFolder
        settings.freezeRules = FreezeRules(
            oldestUnsentDays: configuration.freezeOldestUnsentDays, maxPending: configuration.freezeMaxPending,
            trustExpiredDays: configuration.freezeTrustExpiredDays
        )
        if let url = central ?? configuration.centralURL {
            // A central the kiosk would refuse (plain http:// to another machine, an unreadable CA) stops it here.
            do { _ = try CentralEndpoint.check(url, trust: configuration.centralTrust) } catch { throw CLIError(error.description) }
        }
        let sync = (central ?? configuration.centralURL).map { url in
            var setup = SyncSetup(
                centralURL: url, kioskID: configuration.kioskID, intervalSeconds: configuration.syncIntervalSeconds,
                warnAfterHours: configuration.syncWarnAfterHours, districts: configuration.syncDistricts,
                signer: KioskIdentity.signerIfEnrolled(folder: folder, kioskID: configuration.kioskID), trust: configuration.centralTrust
            )
            setup.trustRoot = provincialTrust?.root.rawRepresentation
            return BackgroundSync(setup: setup)
        }
        var state = KioskState(settings: settings, now: Date(), size: TerminalSize(width: 80, height: 24))
        if sync != nil, let snapshot = try? registry.syncSnapshot() {
            state.connection = ConnectionBadge(
                link: .offline, pending: snapshot.pending, oldestPending: snapshot.oldestPending, failed: snapshot.failed,
                lastSync: snapshot.lastSync, warnAfter: TimeInterval(configuration.syncWarnAfterHours * 3600)
            )
        }
        state.connection.trustWarnings = registry.trustWarnings(root: provincialTrust?.root.rawRepresentation, now: Date())
        let operatorPassword = configuration.operatorPasswordHash.flatMap(OperatorPassword.init(encoded:))
        var environment = KioskEnvironment(
            registry: registry, signer: signer, trustListFile: { try folder.trustList() },
            checkOperatorPassword: { operatorPassword?.matches($0) ?? false },
            services: ServiceCatalogCache(directory: servicesFolder), districts: districts, kioskID: configuration.kioskID
        )
        environment.provincialTrust = provincialTrust
        // Operators sign in at the desk with the accounts of the verified trust bundle (none without a pinned root).
        environment.operatorAccounts = provincialTrust.map { DirectoryDeskAccounts(directory: OperatorDirectory(database: registry, trust: $0)) }
        // The desk's Export/Import to USB: the device key (enrolled) and the pinned root, as `bundle export` reads them.
        if let provincialTrust, let keys = try? DeviceKeys.load(folder: folder.url, create: false) {
            environment.fieldBundles = FieldBundleKiosk(
                registry: registry, kioskID: configuration.kioskID, deviceKey: keys.device, folder: folder.url,
                pinnedRoot: provincialTrust.root, districts: configuration.syncDistricts)
        }
        let inbox = KioskEventInbox()
        // The desk's USB progress bar and the badge's counts right after a stick come in through the loop's inbox.
        environment.post = { inbox.post($0) }
        let terminal: NcursesTerminal
        do { terminal = try NcursesTerminal(stopWakeDescriptor: inbox.signalDescriptor) } catch { throw CLIError("cannot start the screen: \(error)") }
        terminal.wakeDescriptors = [inbox.wakeDescriptor]
        state.size = terminal.size
        sync?.start(registry: registry, inbox: inbox)
        let loop = KioskLoop(
            terminal: terminal, runner: KioskEffectRunner(environment: environment), state: state, inbox: inbox,
            sync: sync, stopRequested: TerminalSignals.takeStopRequest
        )
        loop.run()
        sync?.stop()
        terminal.restore()
    }

    static func glyphMode(for setting: KioskConfiguration.GlyphSetting) -> GlyphMode {
        switch setting {
        case .unicode: .unicode
        case .ascii: .ascii
        case .auto: PassShowCommand.localeIsUTF8 ? .unicode : .ascii
        }
    }

    /// Sends standard error to the kiosk log, so nothing a library prints lands on the citizen's screen.
    private func redirectDiagnostics(to log: URL) throws {
        let descriptor = open(log.path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard descriptor >= 0 else { throw CLIError("cannot open the log \(log.path)") }
        dup2(descriptor, STDERR_FILENO)
        close(descriptor)
    }
}
