import Foundation
import Synchronization

/// A small HTTP proxy on loopback that forwards each request to the central and, for the first `eat`
/// pushes, throws the central's reply away and hangs up: the central has committed, the kiosk never
/// hears it. The kiosk must send again and the central must recognise the operations.
final class ReplyEatingProxy: Sendable {
    let port: Int
    private let upstreamPort: Int
    private let listener: Int32
    private let state: Mutex<State>

    /// What the proxy's threads share.
    private struct State {
        var toEat: Int
        var eaten = 0
        var forwarded = 0
        var stopped = false
    }

    init(upstreamPort: Int, eatPushReplies: Int) throws {
        self.upstreamPort = upstreamPort
        state = Mutex(State(toEat: eatPushReplies))
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socketFD, 64) == 0 else { throw SyncTestError("the proxy cannot listen") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        listener = socketFD
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    var url: String { "http://127.0.0.1:\(port)" }
    /// Push replies thrown away so far.
    var eaten: Int { state.withLock { $0.eaten } }
    /// Replies passed through so far.
    var forwarded: Int { state.withLock { $0.forwarded } }

    func stop() {
        LoopbackAcceptLoop.stop(listener) { state.withLock { $0.stopped = true } }
    }

    private func acceptLoop() {
        LoopbackAcceptLoop.run(listener, isStopped: { [self] in state.withLock { $0.stopped } }, serve: { [self] in serve($0) })
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var pending = [UInt8]()
        while let request = Self.readMessage(client, buffer: &pending) {
            let isPush = request.starts(with: Array("POST /v1/push".utf8))
            guard let reply = forward(request) else { return }
            let eat = isPush && state.withLock { state -> Bool in
                guard state.toEat > 0 else { return false }
                state.toEat -= 1
                state.eaten += 1
                return true
            }
            if eat { return }
            state.withLock { $0.forwarded += 1 }
            guard Self.writeAll(client, reply) else { return }
        }
    }

    /// Sends one request to the central on a fresh connection and reads its whole reply.
    private func forward(_ request: [UInt8]) -> [UInt8]? {
        let upstream = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(upstream) }
        var address = Self.loopback(port: upstreamPort)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0, Self.writeAll(upstream, request) else { return nil }
        var buffer = [UInt8]()
        return Self.readMessage(upstream, buffer: &buffer)
    }

    /// Reads one HTTP/1.1 message (headers, then a Content-Length body); nil at end of stream.
    static func readMessage(_ socketFD: Int32, buffer: inout [UInt8]) -> [UInt8]? {
        let separator = Array("\r\n\r\n".utf8)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let end = find(separator, in: buffer) {
                let headerEnd = end + separator.count
                let headers = String(decoding: buffer[..<headerEnd], as: UTF8.self).lowercased()
                var length = 0
                for line in headers.split(separator: "\r\n") where line.hasPrefix("content-length:") {
                    length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
                }
                if buffer.count >= headerEnd + length {
                    let message = Array(buffer[..<(headerEnd + length)])
                    buffer.removeFirst(headerEnd + length)
                    return message
                }
            }
            let count = recv(socketFD, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    static func writeAll(_ socketFD: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { send(socketFD, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
