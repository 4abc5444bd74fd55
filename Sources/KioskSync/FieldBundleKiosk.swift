import Crypto
import FieldBundle
import Foundation
import KioskStore
import ProvincialTrust
import SyncProtocol

/// The kiosk's end of the USB stick: export every unacknowledged operation, import the central's receipt
/// (acknowledged exactly as a push's answer is: `recordAcknowledgements`) and its downward changes (one
/// page + cursor + trust bundle in one transaction, with a pulled page's checks). The central's keys come
/// only from the held trust bundle, verified against the pinned root.
///
/// For the operator screen: `export(to:progress:)` and `importBundle(at:progress:)`; `progress` is called
/// with each stage and 0…1 as the bundle is read or written (on the calling task), ending at 1 (`.finished`).
public struct FieldBundleKiosk: Sendable {
    public let registry: RegistryDatabase
    /// The canonical kiosk id.
    public let kioskID: String
    public let deviceKey: Curve25519.Signing.PrivateKey
    /// The kiosk's data folder (its reply key lives there).
    public let folder: URL
    /// The pinned provincial root.
    public let pinnedRoot: Curve25519.Signing.PublicKey
    /// The districts the kiosk pulls (its pull scope).
    public let districts: [Int]

    public init(registry: RegistryDatabase, kioskID: String, deviceKey: Curve25519.Signing.PrivateKey, folder: URL, pinnedRoot: Curve25519.Signing.PublicKey, districts: [Int]) {
        self.registry = registry
        self.kioskID = RegistryDatabase.canonicalKioskID(kioskID)
        self.deviceKey = deviceKey
        self.folder = folder
        self.pinnedRoot = pinnedRoot
        self.districts = districts
    }

    /// A refusal or a local failure, in plain words.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    public var pullScope: String { SyncEngine.Settings(districts: districts).pullScope }

    /// How far an export or an import is: its stage and 0…1 of the whole (for the desk's progress bar).
    public struct Progress: Equatable, Sendable {
        /// Export: reading the outbox, sealing, writing, syncing to disk; import: reading, checking, applying.
        public enum Stage: Equatable, Sendable {
            case readingOutbox, sealing, writing, syncing
            case reading, checking, applying
            case finished
        }
        public var stage: Stage
        public var fraction: Double
        /// The operations being sealed (export), once known.
        public var operations: Int?

        public init(_ stage: Stage, _ fraction: Double, operations: Int? = nil) {
            self.stage = stage
            self.fraction = min(1, max(0, fraction))
            self.operations = operations
        }
    }

    // MARK: export

    /// What an export wrote.
    public struct Exported: Sendable {
        public var file: URL
        public var manifest: FieldBundleManifest
        public var bytes: Int
    }

    /// Writes every operation not yet acknowledged (and not refused for good) into one bundle in `folder`,
    /// whatever the sync state. Nothing in the outbox changes: only a receipt acknowledges.
    public func export(to destination: URL, now: Date = Date(), progress: (@Sendable (Progress) -> Void)? = nil) async throws(Problem) -> Exported {
        let central = try centralKeys()
        guard let encryption = central.encryptionPublicKey else { throw Problem("the trust bundle's field-bundle encryption key is damaged") }
        let replyKey: Curve25519.KeyAgreement.PrivateKey
        do {
            guard let key = try FieldBundleReplyKey.load(folder: folder, create: true) else { throw Problem("no reply key") }
            replyKey = key
        } catch let problem as Problem { throw problem } catch { throw Problem("\(error)") }
        let operations: [PushOperation], serial: Int64, cursor: Int64, reading: HLCTimestamp
        progress?(Progress(.readingOutbox, 0))
        do {
            // This kiosk's own operations (the id its enrolment signs for), as the engine sends them: each push is one kiosk id.
            operations = try await registry.operationsToSend(limit: FieldOperationsBundle.maxOperations).filter { $0.kioskID == kioskID }
            cursor = try await registry.syncCursor(scope: pullScope)
            reading = try await registry.clockReading(at: now)
            serial = try await registry.nextFieldBundleSerial()
        } catch { throw Problem("the kiosk's registry did not answer: \(error)") }
        progress?(Progress(.sealing, 0.1, operations: operations.count))
        let export = FieldOperationsBundle.Export(
            kioskID: kioskID, serial: serial, pullScope: pullScope, pullCursor: cursor, replyKey: replyKey.publicKey, sentAt: reading, now: now)
        let data: Data
        do { data = try FieldOperationsBundle.make(operations, export: export, central: encryption, device: deviceKey) } catch { throw Problem(error.description) }
        let manifest: FieldBundleManifest
        do { manifest = try FieldBundleFile.parse(data).manifest } catch { throw Problem(error.description) }
        let count = operations.count
        progress?(Progress(.writing, 0.3, operations: count))
        do {
            // The writer reports each chunk; after the last one it syncs the file and the folder to the stick.
            let url = try FieldBundleWriter.write(data, to: destination, name: FieldBundleSummary.fileName(manifest)) { part in
                progress?(part >= 1 ? Progress(.syncing, 0.9, operations: count) : Progress(.writing, 0.3 + 0.6 * part, operations: count))
            }
            progress?(Progress(.finished, 1, operations: count))
            return Exported(file: url, manifest: manifest, bytes: data.count)
        } catch { throw Problem(error.description) }
    }

    // MARK: import

    /// What an import did.
    public enum Imported: Sendable {
        /// A receipt: acknowledgements applied.
        case receipt(FieldBundleManifest, AcknowledgementTally)
        /// The central's changes: page (and trust bundle) applied.
        case changes(FieldBundleManifest, PulledChangeTally, trustBundle: String?)
    }

    /// Imports a receipt or a changes bundle made by the central for this kiosk.
    public func importBundle(at url: URL, now: Date = Date(), progress: (@Sendable (Progress) -> Void)? = nil) async throws(Problem) -> Imported {
        let data: Data
        progress?(Progress(.reading, 0))
        do { data = try FieldBundleWriter.read(url) } catch { throw Problem(error.description) }
        progress?(Progress(.checking, 0.2))
        let file: FieldBundleFile
        do { file = try FieldBundleFile.parse(data) } catch { throw Problem(error.description) }
        guard file.kind != .operations else {
            throw Problem("this is an operations bundle (kiosk \(file.manifest.kioskID)'s export): it goes to the central, not into a kiosk")
        }
        let central = try centralKeys()
        guard let signing = central.signingPublicKey else { throw Problem("the trust bundle's field-bundle signing key is damaged") }
        do { try file.verifySignature(with: signing, signerWords: "the central whose key the trust bundle lists") } catch { throw Problem(error.description) }
        guard file.manifest.kioskID == kioskID else {
            throw Problem("this bundle is for kiosk \(file.manifest.kioskID), not for this kiosk (\(kioskID))")
        }
        progress?(Progress(.applying, 0.4))
        let imported: Imported
        switch file.kind {
        case .receipt: imported = try await importReceipt(file, now: now)
        case .changes: imported = try await importChanges(file, now: now)
        case .operations: throw Problem("an operations bundle")
        }
        progress?(Progress(.finished, 1))
        return imported
    }

    /// The same call a push's answer makes (`recordAcknowledgements`), so a receipt acknowledges exactly as the network does.
    private func importReceipt(_ file: FieldBundleFile, now: Date) async throws(Problem) -> Imported {
        let response: PushResponse
        do { response = try FieldReceiptBundle.open(file) } catch { throw Problem(error.description) }
        do { return .receipt(file.manifest, try await registry.recordAcknowledgements(response, at: now)) } catch {
            throw Problem("the kiosk's registry did not take the receipt (nothing changed): \(error)")
        }
    }

    private func importChanges(_ file: FieldBundleFile, now: Date) async throws(Problem) -> Imported {
        let manifest = file.manifest
        guard manifest.pullScope == pullScope else {
            throw Problem("these changes were made for \(manifest.pullScope ?? "?"), this kiosk pulls \(pullScope)")
        }
        let replyKey: Curve25519.KeyAgreement.PrivateKey?
        do { replyKey = try FieldBundleReplyKey.load(folder: folder, create: false) } catch { throw Problem(error.description) }
        guard let replyKey else { throw Problem("this kiosk has no reply key yet (it makes one at its first export), so nothing sealed to it can be for it") }
        let content: FieldChangesBundle.Content
        do { content = try FieldChangesBundle.open(file, replyKey: replyKey) } catch { throw Problem(error.description) }
        let from = manifest.fromCursor ?? 0
        if let problem = PulledPageCheck.problem(content.page, askedCursor: from) { throw Problem("refused: \(problem)") }
        let stored: Int64
        do { stored = try await registry.syncCursor(scope: pullScope) } catch { throw Problem("the kiosk's registry did not answer: \(error)") }
        guard stored == from else {
            if content.page.nextCursor <= stored {
                throw Problem(FieldBundleRefusal.replayedOld("these changes end at \(content.page.nextCursor); this kiosk already holds up to \(stored)").description)
            }
            throw Problem("these changes start after \(from), but this kiosk is at \(stored): bring a newer export from the central (after it imported this kiosk's latest bundle)")
        }
        var trust: TrustBundleToStore?
        if let bundle = content.trustBundle {
            let held: Int64?
            do { held = try await registry.heldTrustBundleVersion() } catch { throw Problem("the kiosk's registry did not answer: \(error)") }
            do {
                let verified = try TrustBundleVerifier(pinnedRoot: pinnedRoot).verify(bundle, heldVersion: held)
                trust = TrustBundleToStore(version: verified.content.version, file: bundle, issuerKeys: verified.content.issuers.map(\.publicKey))
            } catch {
                if case .rollback = error {} else { throw Problem("refused: the trust bundle it carries does not verify against the pinned root (\(error))") }
            }
        }
        let tally: PulledChangeTally
        do { tally = try await registry.applyPulledChanges(content.page, scope: pullScope, fromCursor: from, at: now, storing: trust) } catch {
            throw Problem("the kiosk's registry did not take the changes (nothing changed): \(error)")
        }
        guard tally.applied else { throw Problem("another import or pull applied changes meanwhile; nothing of this one was applied, import it again to see") }
        return .changes(manifest, tally, trustBundle: tally.trustStored ? trust.map { "trust bundle version \($0.version) stored" } : nil)
    }

    // MARK: check

    /// What `bundle check` says: the structure and manifest, and whether the signature verifies with the key
    /// it must (this kiosk's device key for its own exports, the central's for the rest). Never decrypts.
    public func check(_ url: URL) -> (whole: Bool, lines: [String]) {
        let data: Data, file: FieldBundleFile
        do { data = try FieldBundleWriter.read(url) } catch { return (false, ["NOT USABLE: \(error)"]) }
        do { file = try FieldBundleFile.parse(data) } catch { return (false, ["NOT USABLE: \(error)"]) }
        var lines = FieldBundleSummary.lines(file)
        let key: Curve25519.Signing.PublicKey?, whose: String
        if file.kind == .operations {
            key = file.manifest.kioskID == kioskID ? deviceKey.publicKey : nil
            whose = "this kiosk's device key"
        } else {
            key = (try? centralKeys())?.signingPublicKey
            whose = "the central's signing key"
        }
        guard let key else {
            lines.append("signature not checked here (made by kiosk \(file.manifest.kioskID), not by this kiosk); the structure is whole")
            return (true, lines)
        }
        do { try file.verifySignature(with: key, signerWords: whose) } catch {
            lines.append("NOT USABLE: \(error)")
            return (false, lines)
        }
        lines.append("whole: every byte is there and the signature verifies with \(whose)")
        return (true, lines)
    }

    /// The central's keys from the held trust bundle, verified against the pinned root.
    func centralKeys() throws(Problem) -> FieldBundleKeys {
        let held: HeldTrustBundle?
        do { held = try registry.heldTrustBundle() } catch { throw Problem("the kiosk's registry did not answer: \(error)") }
        guard let held else {
            throw Problem("this kiosk holds no trust bundle yet, so it does not know the central's field-bundle key: sync once by network (or import a changes bundle)")
        }
        let content: TrustBundleContent
        do { content = try TrustBundleVerifier(pinnedRoot: pinnedRoot).verify(held.file, heldVersion: nil).content } catch {
            throw Problem("the held trust bundle does not verify against the pinned root: \(error)")
        }
        guard let keys = content.fieldBundles else {
            throw Problem("the held trust bundle (version \(content.version)) lists no field-bundle key: the central runs `bundle key-init`, then a new trust bundle is drafted, signed and published")
        }
        return keys
    }
}
