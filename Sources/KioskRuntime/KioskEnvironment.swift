import Foundation
import IdentityCore
import KioskApp
import KioskStore
import KioskSync

/// Everything outside the app core that the effect runner talks to, injected by whoever starts the
/// kiosk (the `run` command, a test, the benchmark): the registry, the pass signer, the trust list
/// file, the operator password check, the service definitions, the districts, the clock and the id source.
public struct KioskEnvironment: Sendable {
    /// The local registry (a real SQLite file, in tests too).
    public var registry: RegistryDatabase
    /// Signs the passes this kiosk issues.
    public var signer: any PassSigning
    /// Reads the data folder's trust list file (read each time: an operator may edit it).
    public var trustListFile: @Sendable () throws -> TrustList
    /// Checks the operator password (a slow salted hash); false when no password is set.
    public var checkOperatorPassword: @Sendable (String) -> Bool
    /// The service definitions.
    public var services: ServiceCatalogCache
    /// The province's districts, for prefilled answers.
    public var districts: DistrictCatalog
    /// This kiosk's id (tracking numbers and sync).
    public var kioskID: String
    /// The wall clock; tests give a fixed one.
    public var now: @Sendable () -> Date
    /// Ids of new applications and their outbox operations.
    public var applicationIDs: ApplicationIDSource
    /// Set: passes are verified and issued only as the province's signed trust bundle says (the trust list
    /// file and pulled signers are not believed). Nil: the legacy local trust list.
    public var provincialTrust: ProvincialTrustSetting?
    /// The operator accounts operators sign in with; nil: nobody can sign in at the desk.
    public var operatorAccounts: (any DeskAccounts)?
    /// The desk's Export/Import to USB (a field camp's stick); nil: the kiosk is not enrolled or pins no root.
    public var fieldBundles: FieldBundleKiosk?
    /// Posts an event into the loop's inbox while an effect still works (the USB progress bar, the badge's
    /// counts right after a stick); set by whoever makes the loop (`loop.inbox.post`). Nil: nothing is posted.
    public var post: (@Sendable (KioskEvent) -> Void)?

    /// An environment from its parts; the clock defaults to the system's.
    public init(
        registry: RegistryDatabase, signer: any PassSigning, trustListFile: @escaping @Sendable () throws -> TrustList,
        checkOperatorPassword: @escaping @Sendable (String) -> Bool, services: ServiceCatalogCache, districts: DistrictCatalog,
        kioskID: String, now: @escaping @Sendable () -> Date = { Date() }, applicationIDs: ApplicationIDSource = .uuidV7
    ) {
        self.registry = registry
        self.signer = signer
        self.trustListFile = trustListFile
        self.checkOperatorPassword = checkOperatorPassword
        self.services = services
        self.districts = districts
        self.kioskID = kioskID
        self.now = now
        self.applicationIDs = applicationIDs
    }

    /// The trust list passes are verified against now: the trust bundle's (see `bundleTrust`), or the legacy merge.
    public func verificationTrustList() throws -> TrustList {
        if let provincialTrust { return try registry.bundleTrust(provincialTrust, now: now()).trustList }
        return try registry.verificationTrustList(file: try trustListFile())
    }

    /// The signer for a new pass: under a trust bundle, this kiosk's newest issuer key the bundle lists.
    public func passSigner() throws -> any PassSigning {
        if let provincialTrust { return try registry.bundlePassSigner(provincialTrust, now: now()) }
        return signer
    }
}
