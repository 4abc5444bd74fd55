import Foundation

/// What `bundle check` says about a file, from its manifest alone (no private key, no personal data):
/// one line per fact, for a camp operator.
public enum FieldBundleSummary {
    public static func lines(_ file: FieldBundleFile) -> [String] {
        let m = file.manifest
        let time = ISO8601DateFormatter().string(from: m.createdAt)
        var lines = ["\(file.kind) bundle \(m.bundleID), kiosk \(m.kioskID), made \(time)"]
        switch file.kind {
        case .operations:
            let range = m.firstSequence.map { "sequences \($0)–\(m.lastSequence ?? $0)" } ?? "no sequences"
            lines.append("export no. \(m.exportSerial ?? 0): \(m.operations ?? 0) operations, \(range)")
            let kinds = (m.kinds ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            if !kinds.isEmpty { lines.append("kinds: \(kinds)") }
            lines.append("pull cursor \(m.pullCursor ?? 0) (\(m.pullScope ?? ""))")
        case .receipt:
            lines.append("answers export no. \(m.exportSerial ?? 0) (bundle \(m.answers ?? "")): \(m.operations ?? 0) acknowledgements")
            let outcomes = (m.outcomes ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            if !outcomes.isEmpty { lines.append("outcomes: \(outcomes)") }
        case .changes:
            lines.append("\(m.changes ?? 0) changes after cursor \(m.fromCursor ?? 0) up to \(m.nextCursor ?? 0)\(m.hasMore == true ? " (more wait at the central)" : "")")
            lines.append("trust bundle: \(m.trustBundleVersion.map { "version \($0)" } ?? "none")")
        }
        lines.append("payload \(m.payloadBytes) bytes, SHA-256 \(m.contentSHA256.prefix(16))…\(m.recipientKey.map { ", sealed to key \($0.prefix(16))" } ?? ", not sealed")")
        return lines
    }

    /// The file name for a bundle (`KPPSH001-operations-000003.kfb`).
    public static func fileName(_ manifest: FieldBundleManifest) -> String {
        switch manifest.kind {
        case "operations": "\(manifest.kioskID)-operations-\(padded(manifest.exportSerial ?? 0, 6)).kfb"
        case "receipt": "\(manifest.kioskID)-receipt-\(padded(manifest.exportSerial ?? 0, 6)).kfb"
        default: "\(manifest.kioskID)-changes-\(padded(manifest.nextCursor ?? 0, 12)).kfb"
        }
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
