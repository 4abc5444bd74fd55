import Foundation

/// The kiosk's diagnostic log: one time-stamped line to standard error, which the `run` command
/// points at DATA/kiosk.log (never the citizen's screen). Messages never hold a PIN or a full CNIC
/// (store errors mask them).
public enum KioskLog {
    /// Writes `message` as one line.
    @Sendable public static func write(_ message: String) {
        let line = "\(Date().formatted(.iso8601)) \(message)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
