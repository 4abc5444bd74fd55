import Foundation
import SyncProtocol
import Synchronization

/// A fake central on loopback (a real socket, a real HTTP/1.1 exchange) that answers every pull with the
/// page a test scripts — a lying one, like a proxy's — and every health probe with `ok`. It counts the
/// pulls it answered.
final class ScriptedCentral: Sendable {
    let port: Int
    private let listener: Int32
    private let state: Mutex<State>

    private struct State {
        var page: PullResponse
        var pulls = 0
        var stopped = false
    }

    init(page: PullResponse) throws {
        state = Mutex(State(page: page))
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socketFD, 16) == 0 else { throw SyncTestError("the scripted central cannot listen") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        listener = socketFD
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [self] in acceptLoop() }.start()
    }

    var url: String { "http://127.0.0.1:\(port)" }
    var pulls: Int { state.withLock { $0.pulls } }

    /// What the next pulls are answered with.
    func answer(_ page: PullResponse) { state.withLock { $0.page = page } }

    func stop() {
        LoopbackAcceptLoop.stop(listener) { state.withLock { $0.stopped = true } }
    }

    private func acceptLoop() {
        LoopbackAcceptLoop.run(listener, isStopped: { [self] in state.withLock { $0.stopped } }, serve: { [self] in serve($0) })
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var pending = [UInt8]()
        while let request = ReplyEatingProxy.readMessage(client, buffer: &pending) {
            let body: Data
            if request.starts(with: Array("POST /v1/pull".utf8)) {
                let page = state.withLock { state -> PullResponse in
                    state.pulls += 1
                    return state.page
                }
                body = (try? SyncWire.encoder().encode(page)) ?? Data()
            } else {
                body = (try? SyncWire.encoder().encode(HealthResponse(status: "ok", storage: "sqlite", centralClock: .zero))) ?? Data()
            }
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nKhyber-Sync-Version: 1\r\nContent-Length: \(body.count)\r\n\r\n"
            guard ReplyEatingProxy.writeAll(client, Array(head.utf8) + Array(body)) else { return }
        }
    }
}
