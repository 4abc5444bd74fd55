import ChildProcesses
import Foundation
import KioskSync
import RequestSigning
import SyncProtocol

/// A request sent byte for byte with the real `curl` (an attacker's tool): the same headers and body can
/// be sent again, as a captured request is replayed.
struct RawRequest {
    var path: String
    var body: Data
    var headers: [(name: String, value: String)]

    /// A push or pull body signed by `signer` with `created`.
    static func signed(_ message: some Encodable, path: String, signer: RequestSigner, created: Date = Date()) throws -> RawRequest {
        let body = try SyncWire.encoder().encode(message)
        let signature = try signer.sign(method: "POST", path: path, body: Array(body), created: created)
        return RawRequest(path: path, body: body, headers: [("Content-Type", "application/json")] + signature.fields)
    }

    /// Sends it to `centralURL`; the status, the response headers (lowercase names) and the body.
    func send(to centralURL: String, folder: URL) throws -> (status: Int, headers: [String: String], body: Data) {
        let bodyFile = folder.appendingPathComponent("raw-\(UUID().uuidString).json")
        let headerFile = bodyFile.appendingPathExtension("headers")
        let outFile = bodyFile.appendingPathExtension("out")
        try body.write(to: bodyFile)
        var arguments = ["-s", "-o", outFile.path, "-D", headerFile.path, "-w", "%{http_code}", "-X", "POST", "--data-binary", "@" + bodyFile.path]
        for header in headers { arguments += ["-H", "\(header.name): \(header.value)"] }
        let result = try ChildProcess.run("/usr/bin/curl", arguments + [centralURL + path], outputFolder: folder)
        guard result.status == 0, let status = Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw SyncTestError("curl failed: \(result.stderr)")
        }
        var headers: [String: String] = [:]
        for line in (try String(contentsOf: headerFile, encoding: .utf8)).split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers, (try? Data(contentsOf: outFile)) ?? Data())
    }
}

/// Edits of a pushed operation an attacker makes, with the payload hash made to match again.
enum Forgery {
    static func rewrite(_ operation: PushOperation, kioskID: String? = nil, _ change: (inout ApplicationSubmission) -> Void) throws -> PushOperation {
        var submission = try SyncWire.decoder().decode(ApplicationSubmission.self, from: Data(operation.payload.utf8))
        change(&submission)
        var forged = operation
        if let kioskID { forged.kioskID = kioskID }
        forged.payload = String(decoding: try SyncWire.encoder().encode(submission), as: UTF8.self)
        forged.payloadSHA256 = PayloadHash.sha256(forged.payload)
        return forged
    }
}
