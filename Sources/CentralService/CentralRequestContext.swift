import Hummingbird
import SyncProtocol

/// The per-request context of the central's router: Hummingbird's core storage plus the kiosk
/// `KioskAuthenticationMiddleware` found (nil on routes without it).
public struct CentralRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Who sent this sync request, as the authenticator established it.
    public var kiosk: AuthenticatedKiosk?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.kiosk = nil
    }

    /// Bodies up to the protocol's limit (Hummingbird's own decoding helpers honour it too).
    public var maxUploadSize: Int { SyncWire.maxBodyBytes }
}
