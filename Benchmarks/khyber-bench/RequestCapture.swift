import Foundation
import Synchronization

/// A one-purpose HTTP listener on 127.0.0.1 that keeps the exact bytes of every request it receives
/// (head and body, as AsyncHTTPClient sent them) and answers 503 with no body.
final class RequestCapture: Sendable {
    let port: Int
    private let listener: Int32
    private let captured = Mutex<[(head: [UInt8], body: [UInt8])]>([])

    init() throws {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = LoopbackSocket.address(port: 0)
        guard LoopbackSocket.bind(socketFD, &address) == 0, listen(socketFD, 16) == 0 else {
            close(socketFD)
            throw StoreBenchError(description: "the capture listener cannot listen")
        }
        listener = socketFD
        port = LoopbackSocket.boundPort(socketFD)
        Thread { [self] in acceptLoop() }.start()
    }

    var url: String { "http://127.0.0.1:\(port)" }

    /// The requests received so far.
    var requests: [(head: [UInt8], body: [UInt8])] { captured.withLock { $0 } }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 { return }
            if let message = LoopbackSocket.readMessage(client) {
                captured.withLock { $0.append(message) }
                _ = LoopbackSocket.writeAll(client, Array("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8))
            }
            close(client)
        }
    }
}
