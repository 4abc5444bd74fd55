import CentralStore
import Crypto
import FieldBundle
import Foundation
import SyncProtocol

/// `khyber-central bundle import`: takes in one kiosk's operations bundle with exactly the network's
/// semantics, and makes the receipt the stick carries back.
///
/// Order of checks — every one before anything is stored, so a refused file changes nothing:
/// structure (whole, not truncated) → kind → the kiosk is enrolled and approved → the signature verifies
/// with ITS enrolled device key → sealed to THIS central's key → decrypts to the manifest's digest →
/// the operations match the signed manifest → not older than an export already taken in.
/// Then the push path's own rules: the batch speaks for the signing kiosk (`check(claimedKioskID:)`), each
/// operation's clock and sequence within bounds (`PushBounds`, per operation: what the network's halving ends
/// with), tracking number and fee (`PushRules`), and `ingest` — ONE transaction for the whole file: same op id
/// and content → the original receipt (`duplicate`); other content → `conflict`; gaps reported.
public struct FieldBundleImport: Sendable {
    let storage: any CentralStorage
    let keys: FieldBundleCentralKeys
    let fees: ServiceFees?

    public init(storage: any CentralStorage, keys: FieldBundleCentralKeys, fees: ServiceFees?) {
        self.storage = storage
        self.keys = keys
        self.fees = fees
    }

    /// What one imported file did.
    public struct Imported: Sendable {
        public var manifest: FieldBundleManifest
        public var response: PushResponse
        /// The receipt bundle's bytes, signed by the central.
        public var receipt: Data
        /// The same export was taken in before (its operations came back as duplicates).
        public var again: Bool

        /// Acknowledgements per outcome.
        public func count(_ outcome: AcknowledgementOutcome) -> Int { response.acknowledgements.filter { $0.outcome == outcome }.count }
    }

    /// Why a file was not taken in: the bundle's own fault (`refused`) or the central database's (`storage`).
    public enum Failure: Error, CustomStringConvertible, Sendable {
        case refused(FieldBundleRefusal)
        case storage(CentralStorageError)

        public var description: String {
            switch self {
            case .refused(let refusal): refusal.description
            case .storage(let error): error.description
            }
        }
    }

    public func run(_ data: Data, now: Date = Date()) async throws(Failure) -> Imported {
        let file: FieldBundleFile
        do { file = try FieldBundleFile.parse(data) } catch { throw .refused(error) }
        guard file.kind == .operations else { throw .refused(.notForHere("this is a \(file.kind) bundle for a kiosk, not a kiosk's operations")) }
        let record: DeviceRecord?
        do { record = try await storage.device(kioskID: file.manifest.kioskID) } catch { throw .storage(error) }
        let device: DeviceRecord
        do { device = try Self.approved(record, kioskID: file.manifest.kioskID) } catch { throw .refused(error) }
        guard let key = Data(base64Encoded: device.devicePublicKey).flatMap({ try? Curve25519.Signing.PublicKey(rawRepresentation: $0) }) else {
            throw .refused(.notForHere("kiosk \(device.kioskID)'s enrolled device key is damaged at this central"))
        }
        do { try file.verifySignature(with: key, signerWords: "kiosk \(device.kioskID)'s enrolled device key") } catch { throw .refused(error) }
        let push: PushRequest
        do { push = try FieldOperationsBundle.open(file, centralKey: keys.encryption) } catch { throw .refused(error) }
        let manifest = file.manifest
        let serial = manifest.exportSerial ?? 0
        let state: FieldBundleKioskState?
        do { state = try await storage.fieldBundleState(kioskID: device.kioskID) } catch { throw .storage(error) }
        if let state, state.highestSerial > serial || (state.highestSerial == serial && state.bundleID != manifest.bundleID) {
            let when = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(state.importedAtMillis) / 1000))
            throw .refused(.replayedOld(
                "export no. \(serial) of kiosk \(device.kioskID), but its export no. \(state.highestSerial) was imported on \(when) and holds everything this one still held"))
        }
        let kiosk = AuthenticatedKiosk(verifiedKioskID: device.kioskID, enrolledDistricts: device.districts)
        do { try kiosk.check(claimedKioskID: push.kioskID) } catch { throw .refused(.notForHere(error.message)) }

        let response = try await ingest(push, kiosk: kiosk, now: now)
        let receipt: Data
        do { receipt = try FieldReceiptBundle.make(response, answering: manifest, signer: keys.signing, now: now) } catch { throw .refused(error) }
        let millis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        do {
            try await storage.recordFieldBundleImport(FieldBundleKioskState(
                kioskID: device.kioskID, highestSerial: serial, bundleID: manifest.bundleID, replyKey: manifest.replyKey ?? "",
                pullScope: manifest.pullScope ?? "", pullCursor: manifest.pullCursor ?? 0, importedAtMillis: millis))
        } catch { throw .storage(error) }
        return Imported(manifest: manifest, response: response, receipt: receipt, again: state?.bundleID == manifest.bundleID)
    }

    /// The device, when it is enrolled and approved.
    private static func approved(_ device: DeviceRecord?, kioskID: String) throws(FieldBundleRefusal) -> DeviceRecord {
        guard let device else { throw .notForHere("kiosk \(kioskID) is not enrolled at this central (a foreign device)") }
        switch device.status {
        case .approved: return device
        case .pending: throw .notForHere("kiosk \(kioskID) is still waiting for a supervisor's approval (code \(device.code))")
        case .revoked: throw .notForHere("kiosk \(kioskID) is revoked at this central: its bundles are refused")
        }
    }

    /// The push path's checks and one `ingest`, acknowledgements in the bundle's order.
    private func ingest(_ push: PushRequest, kiosk: AuthenticatedKiosk, now: Date) async throws(Failure) -> PushResponse {
        var highest: Int64 = 0
        if let lookup = storage as? any KioskSequenceLookup {
            do { highest = try await lookup.highestSequence(kioskID: push.kioskID) } catch { throw .storage(error) }
        }
        let millis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        var bounded = push
        bounded.operations = []
        var refusedByBounds: [Int: OperationAcknowledgement] = [:]
        for (index, operation) in push.operations.enumerated() {
            let single = PushRequest(kioskID: push.kioskID, sentAt: push.sentAt, operations: [operation])
            do throws(SyncFailure) {
                try PushBounds.checkShape(single, now: now)
                try PushBounds.checkSequences(single, highest: highest)
                highest = max(highest, operation.sequence)
                bounded.operations.append(operation)
            } catch {
                refusedByBounds[index] = OperationAcknowledgement(
                    opID: operation.opID, sequence: operation.sequence, outcome: .rejected, receivedAtMillis: millis, reason: error.message)
            }
        }
        let split = PushRules.split(bounded, kiosk: kiosk, fees: fees, now: now)
        let clock = await CentralClock().receive(push.sentAt, now: now)
        var result = IngestResult(acknowledgements: [], gaps: [], highestSequence: highest)
        if !split.allowed.operations.isEmpty {
            do { result = try await storage.ingest(split.allowed, receivedAt: now) } catch { throw .storage(error) }
        }
        let rules = PushRules.merge(split, stored: result.acknowledgements, count: bounded.operations.count)
        var next = rules.makeIterator()
        let acknowledgements = (0..<push.operations.count).compactMap { refusedByBounds[$0] ?? next.next() }
        return PushResponse(centralClock: clock, acknowledgements: acknowledgements, gaps: result.gaps, highestSequence: result.highestSequence)
    }
}
