import Foundation

/// Constants of the kiosk ↔ central sync protocol (docs/sync-protocol.md): its version, paths and limits.
public enum SyncWire {
    /// The protocol version this build speaks. Bumped on any incompatible change to a message.
    public static let version = 1
    /// Header that carries `version` on every request and response.
    public static let versionHeader = "Khyber-Sync-Version"
    /// `POST`: a `PushRequest`, answered by a `PushResponse`.
    public static let pushPath = "/v1/push"
    /// `POST`: a `PullRequest`, answered by a `PullResponse`.
    public static let pullPath = "/v1/pull"
    /// `GET`: the cheap reachability probe, answered by a `HealthResponse`.
    public static let healthPath = "/health"
    /// `GET`: Prometheus text format.
    public static let metricsPath = "/metrics"
    /// At most this many operations in one push.
    public static let maxOperationsPerPush = 500
    /// At most this many changes in one pull page.
    public static let maxChangesPerPull = 1000
    /// Largest request body the central accepts (bytes, after decompression).
    public static let maxBodyBytes = 8 * 1024 * 1024

    /// The JSON encoder both sides use: sorted keys, unescaped slashes (stable bytes).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The JSON decoder both sides use.
    public static func decoder() -> JSONDecoder { JSONDecoder() }
}
