import Foundation

/// A throw-away certificate authority made with the real `openssl` in a test folder, and a server
/// certificate it issues for 127.0.0.1 / localhost, for tests and benchmarks (never a real deployment).
/// Private keys are written 0600.
public struct ThrowAwayCA: Sendable {
    public let folder: URL
    /// The CA certificate (PEM): what a kiosk's `central_ca` names.
    public let certificate: String
    /// The central's certificate (PEM), issued by this CA.
    public let serverCertificate: String
    /// The central's private key (PEM, 0600).
    public let serverKey: String

    /// Makes the CA `name` and its server certificate in `folder/name`.
    public static func make(_ name: String, in root: URL) throws -> ThrowAwayCA {
        let folder = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func path(_ file: String) -> String { folder.appendingPathComponent(file).path }
        let openssl = try Self.openssl()
        func run(_ arguments: [String]) throws {
            let result = try ChildProcess.run(openssl, arguments, outputFolder: folder)
            guard result.status == 0 else { throw ChildProcessError("openssl \(arguments.first ?? "") failed: \(result.stderr)") }
        }
        try run(["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", path("ca.key")])
        try run([
            "req", "-x509", "-new", "-key", path("ca.key"), "-sha256", "-days", "2", "-subj", "/CN=\(name) test CA",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign", "-out", path("ca.pem"),
        ])
        try run(["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", path("server.key")])
        try run(["req", "-new", "-key", path("server.key"), "-subj", "/CN=127.0.0.1", "-out", path("server.csr")])
        try "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
            .write(toFile: path("server.ext"), atomically: true, encoding: .utf8)
        try run([
            "x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"), "-CAcreateserial",
            "-days", "2", "-sha256", "-extfile", path("server.ext"), "-out", path("server.pem"),
        ])
        for key in ["ca.key", "server.key"] { chmod(path(key), 0o600) }
        return ThrowAwayCA(folder: folder, certificate: path("ca.pem"), serverCertificate: path("server.pem"), serverKey: path("server.key"))
    }

    /// A self-signed central certificate for 127.0.0.1 (no CA at all), and its SHA-256 fingerprint as
    /// `openssl x509 -fingerprint -sha256` prints it (`AB:CD:…`): what a kiosk pins.
    public static func selfSigned(_ name: String, in root: URL) throws -> (serveArguments: [String], fingerprint: String) {
        let folder = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func path(_ file: String) -> String { folder.appendingPathComponent(file).path }
        let openssl = try Self.openssl()
        func run(_ arguments: [String]) throws -> String {
            let result = try ChildProcess.run(openssl, arguments, outputFolder: folder)
            guard result.status == 0 else { throw ChildProcessError("openssl \(arguments.first ?? "") failed: \(result.stderr)") }
            return result.stdout
        }
        _ = try run(["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", path("central.key")])
        chmod(path("central.key"), 0o600)
        _ = try run([
            "req", "-x509", "-new", "-key", path("central.key"), "-sha256", "-days", "2", "-subj", "/CN=\(name)",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-out", path("central.pem"),
        ])
        let printed = try run(["x509", "-noout", "-fingerprint", "-sha256", "-in", path("central.pem")])
        guard let fingerprint = printed.split(separator: "=").last?.trimmingCharacters(in: .whitespacesAndNewlines) else {
            throw ChildProcessError("openssl printed no fingerprint: \(printed)")
        }
        return (["--tls-cert", path("central.pem"), "--tls-key", path("central.key")], fingerprint)
    }

    /// `serve` options that make the central use this CA's server certificate.
    public var serveArguments: [String] { ["--tls-cert", serverCertificate, "--tls-key", serverKey] }

    private static func openssl() throws -> String {
        for candidate in ["/usr/bin/openssl", "/usr/local/bin/openssl"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw ChildProcessError("openssl is missing: apt-get install openssl (make test does)")
    }
}
