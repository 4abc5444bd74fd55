import ChildProcesses
import Foundation
import KioskStore
import KioskSync
import SyncProtocol

/// Bytes on the wire per application: a 500-operation and a 1-operation push of real outbox
/// operations, captured exactly as `HTTPSyncTransport` sends them (request head + JSON body), the
/// same body through `/bin/gzip -c` (default level), and the central's answer (head + body) when the
/// captured request is sent to a real central unchanged.
enum WireBytesBench {
    /// One push size measured.
    struct Sample {
        let operations: Int
        let head: Int
        let body: Int
        let gzipBody: Int
        let answerHead: Int
        let answerBody: Int
        /// The request head, one header per ` | `.
        let headText: String

        func perOperation(_ bytes: Int) -> Double { Double(bytes) / Double(operations) }
    }

    static func run(kioskFile: URL, folder: URL) async throws -> [Sample] {
        let registry = try BenchKiosks.open(copyOf: kioskFile, at: folder.appendingPathComponent("wire-kiosk.sqlite"))
        defer { try? registry.close() }
        let operations = try await registry.operationsToSend(limit: 501)
        guard operations.count == 501 else { throw StoreBenchError(description: "the kiosk has only \(operations.count) operations") }
        let sentAt = try await registry.clockReading(at: Date())
        let batches = [Array(operations.prefix(500)), [operations[500]]]

        let capture = try RequestCapture()
        let transport = try HTTPSyncTransport(centralURL: capture.url)
        for batch in batches {
            _ = try? await transport.push(PushRequest(kioskID: batch[0].kioskID, sentAt: sentAt, operations: batch))
        }
        await transport.shutdown()
        capture.stop()
        let requests = capture.requests
        guard requests.count == batches.count else { throw StoreBenchError(description: "captured \(requests.count) of \(batches.count) pushes") }

        let central = try CentralProcess(databaseURL: "sqlite:" + folder.appendingPathComponent("wire-central.sqlite").path, logFolder: folder)
        defer { central.stop() }
        return try zip(batches, requests).map { batch, request in
            let answer = try replay(request, port: central.port)
            return Sample(
                operations: batch.count, head: request.head.count, body: request.body.count,
                gzipBody: try gzipSize(request.body, folder: folder), answerHead: answer.head.count, answerBody: answer.body.count,
                headText: describeHead(request.head))
        }
    }

    /// Sends the captured request as it was to the central and reads its whole answer (must be 200).
    private static func replay(_ request: (head: [UInt8], body: [UInt8]), port: Int) throws -> (head: [UInt8], body: [UInt8]) {
        guard let socketFD = LoopbackSocket.connect(port: port) else { throw StoreBenchError(description: "cannot reach the central") }
        defer { close(socketFD) }
        guard LoopbackSocket.writeAll(socketFD, request.head + request.body), let answer = LoopbackSocket.readMessage(socketFD) else {
            throw StoreBenchError(description: "no answer to the replayed push")
        }
        guard answer.head.starts(with: Array("HTTP/1.1 200".utf8)) else {
            throw StoreBenchError(description: "the replayed push was answered \(String(decoding: answer.head.prefix(40), as: UTF8.self))")
        }
        return answer
    }

    /// Size of `bytes` through `/bin/gzip -c` (level 6).
    private static func gzipSize(_ bytes: [UInt8], folder: URL) throws -> Int {
        let input = folder.appendingPathComponent("wire-body.json")
        try Data(bytes).write(to: input)
        let child = try ChildProcess("/bin/gzip", ["-c", input.path], outputFolder: folder)
        guard child.wait() == 0 else { throw StoreBenchError(description: "gzip failed: \(child.stderr.prefix(200))") }
        return (try FileManager.default.attributesOfItem(atPath: child.stdoutPath)[.size] as? Int) ?? 0
    }

    /// The request head AsyncHTTPClient sent, its lines joined by ` | `.
    private static func describeHead(_ head: [UInt8]) -> String {
        String(decoding: head, as: UTF8.self).split(separator: "\r\n").joined(separator: " | ")
    }
}
