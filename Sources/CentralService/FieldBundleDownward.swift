import CentralStore
import Crypto
import FieldBundle
import Foundation
import SyncProtocol

/// `khyber-central bundle export --kiosk ID`: what that kiosk would pull — status changes of its
/// applications, registry records of its enrolled districts (cut as `PullScope` cuts a pull), trust-list
/// changes — from the cursor its last imported operations bundle confirmed, as one page, with the newest
/// published trust bundle; sealed to the kiosk's reply key (from that same signed bundle), signed by the central.
public struct FieldBundleDownward: Sendable {
    let storage: any CentralStorage
    let keys: FieldBundleCentralKeys

    public init(storage: any CentralStorage, keys: FieldBundleCentralKeys) {
        self.storage = storage
        self.keys = keys
    }

    /// The bundle's bytes and manifest.
    public func run(kioskID: String, now: Date = Date()) async throws(FieldBundleImport.Failure) -> (Data, FieldBundleManifest) {
        let device: DeviceRecord?, state: FieldBundleKioskState?
        do {
            device = try await storage.device(kioskID: kioskID)
            state = try await storage.fieldBundleState(kioskID: kioskID)
        } catch { throw .storage(error) }
        guard let device, device.status == .approved else { throw .refused(.notForHere("kiosk \(kioskID) is not an approved kiosk at this central")) }
        guard let state, let replyRaw = Data(base64Encoded: state.replyKey),
              let replyKey = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: replyRaw) else {
            throw .refused(.notForHere(
                "no operations bundle of kiosk \(kioskID) has been imported yet: its reply key and pull cursor come with one (export one at the camp, even with nothing waiting)"))
        }
        let asked = Self.districts(scope: state.pullScope)
        let kiosk = AuthenticatedKiosk(verifiedKioskID: kioskID, enrolledDistricts: device.districts)
        let districts = PullScope.districts(asked: asked, kiosk: kiosk)
        var changes: [SyncChange] = []
        var cursor = state.pullCursor, hasMore = true
        do {
            while hasMore, changes.count < FieldChangesBundle.maxChanges {
                let page = try await storage.changes(for: PullRequest(
                    kioskID: kioskID, cursor: cursor, districts: districts, limit: min(SyncWire.maxChangesPerPull, FieldChangesBundle.maxChanges - changes.count)))
                changes += page.changes
                hasMore = page.hasMore && page.nextCursor > cursor
                cursor = max(cursor, page.nextCursor)
            }
        } catch { throw .storage(error) }
        let trust: PublishedTrustBundle?
        do { trust = try await storage.latestTrustBundle() } catch { throw .storage(error) }
        let page = PullResponse(
            centralClock: await CentralClock().tick(now: now), changes: changes, nextCursor: changes.last?.id ?? state.pullCursor, hasMore: hasMore,
            trustBundleVersion: trust?.version)
        do {
            let data = try FieldChangesBundle.make(
                .init(page: page, trustBundle: trust?.file), kioskID: kioskID, pullScope: state.pullScope, fromCursor: state.pullCursor,
                trustBundleVersion: trust?.version, replyKey: replyKey, signer: keys.signing, now: now)
            return (data, try FieldBundleFile.parse(data).manifest)
        } catch { throw .refused(error) }
    }

    /// The districts of a kiosk's pull scope (`districts:173,174`).
    static func districts(scope: String) -> [Int] {
        guard scope.hasPrefix("districts:") else { return [] }
        return scope.dropFirst("districts:".count).split(separator: ",").compactMap { Int($0) }
    }
}
