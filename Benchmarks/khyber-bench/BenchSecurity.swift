import ChildProcesses
import KioskSync

/// How a bench central and its kiosks talk: with authentication (enrolled kiosks that sign every request)
/// or not (`--insecure-accept-any-kiosk`), and over TLS (a throw-away CA made with openssl) or plain HTTP
/// on loopback.
struct BenchSecurity: Sendable {
    var signed: Bool
    var tls: ThrowAwayCA?

    /// Neither: what the storage and sync sections measure.
    static let off = BenchSecurity(signed: false, tls: nil)

    /// `off`, `auth`, `auth + TLS`.
    var label: String { signed ? (tls == nil ? "auth" : "auth + TLS") : (tls == nil ? "off" : "TLS") }

    /// What a kiosk believes about the central's certificate: this CA, or nothing (plain HTTP).
    var kioskTrust: CentralTrust { CentralTrust(caFile: tls?.certificate) }
}
