import CentralService
import CommandLineSupport
import Foundation
import NIOSSL

/// What `serve` reads before it listens: the TLS identity (both files or neither) and the metrics
/// token. Every problem is one `CLIError` sentence.
struct ServeTransportSecurity {
    var tls: TLSConfiguration?
    var metricsToken: String?

    init(tlsCert: String?, tlsKey: String?, metricsTokenFile: String?) throws {
        if let tlsCert, let tlsKey {
            do { tls = try CentralTLS.configuration(certificatePath: tlsCert, keyPath: tlsKey) } catch { throw CLIError(error.description) }
        }
        if let metricsTokenFile {
            metricsToken = try Self.token(in: metricsTokenFile)
        }
    }

    /// The first line of `path`: at least 16 characters, no spaces; the file must be the owner's alone.
    static func token(in path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("the metrics token file \(path) cannot be read") }
        if let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int, mode & 0o077 != 0 {
            throw CLIError("the metrics token file \(path) is readable by others (mode \(String(mode, radix: 8))); run chmod 600 on it")
        }
        let token = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard token.count >= 16, token.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }) else {
            throw CLIError("the metrics token in \(path) must be one line of at least 16 printable characters without spaces")
        }
        return token
    }

    /// 127.0.0.0/8, ::1 or localhost.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
