import Foundation
import SyncProtocol

/// Plain sockets to a central on loopback: whole requests with any bytes a test wants (an attacker's),
/// and half-sent ones that are never finished.
enum RawHTTP {
    /// A connected TCP socket to 127.0.0.1:`port`.
    static func connect(port: Int) throws -> Int32 {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw SyncTestError("socket() failed: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socketFD)
            throw SyncTestError("connect() to port \(port) failed: errno \(errno)")
        }
        return socketFD
    }

    /// Sends `method path` with `body` (JSON) and `headers` on a fresh connection; the status and the body.
    static func exchange(port: Int, method: String, path: String, body: Data = Data(), headers: [String: String] = [:]) throws -> (status: Int, body: String) {
        let socketFD = try connect(port: port)
        defer { close(socketFD) }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        if !body.isEmpty { head += "Content-Type: application/json\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        guard ReplyEatingProxy.writeAll(socketFD, Array(head.utf8) + Array(body)) else { throw SyncTestError("the request could not be sent") }
        var buffer = [UInt8]()
        guard let reply = ReplyEatingProxy.readMessage(socketFD, buffer: &buffer) else { throw SyncTestError("no reply") }
        let text = String(decoding: reply, as: UTF8.self)
        guard let statusText = text.split(separator: " ").dropFirst().first, let status = Int(statusText) else {
            throw SyncTestError("not an HTTP reply: \(text.prefix(80))")
        }
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return (status, body)
    }

    /// `value` as a JSON request body.
    static func json(_ value: some Encodable) throws -> Data { try SyncWire.encoder().encode(value) }

    /// True when the peer has closed `socketFD` (a read would return end of stream or an error) — checked
    /// without waiting.
    static func isClosedByPeer(_ socketFD: Int32) -> Bool {
        var descriptor = pollfd(fd: socketFD, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        var byte: UInt8 = 0
        return recv(socketFD, &byte, 1, Int32(MSG_PEEK) | Int32(MSG_DONTWAIT)) <= 0
    }
}
