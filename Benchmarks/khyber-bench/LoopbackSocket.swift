import Foundation

/// Plain BSD sockets on 127.0.0.1 and a minimal HTTP/1.1 message reader, for counting the exact bytes a
/// request and its answer take on the wire.
enum LoopbackSocket {
    static func address(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    static func bind(_ socketFD: Int32, _ address: inout sockaddr_in) -> Int32 {
        withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }

    static func boundPort(_ socketFD: Int32) -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A connected socket to 127.0.0.1:`port`, or nil.
    static func connect(port: Int) -> Int32? {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = address(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(socketFD); return nil }
        return socketFD
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

    /// One HTTP/1.1 message read whole: its head (request or status line and headers, with the blank
    /// line) and its body (Content-Length, or chunked as sent, framing included). Nil at end of stream.
    static func readMessage(_ socketFD: Int32) -> (head: [UInt8], body: [UInt8])? {
        let separator = Array("\r\n\r\n".utf8)
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let end = find(separator, in: buffer) {
                let headEnd = end + separator.count
                let head = String(decoding: buffer[..<headEnd], as: UTF8.self).lowercased()
                let lines = head.split(separator: "\r\n")
                if let lengthLine = lines.first(where: { $0.hasPrefix("content-length:") }) {
                    let length = Int(lengthLine.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
                    if buffer.count >= headEnd + length { return (Array(buffer[..<headEnd]), Array(buffer[headEnd..<(headEnd + length)])) }
                } else if lines.contains(where: { $0.hasPrefix("transfer-encoding:") && $0.contains("chunked") }) {
                    if buffer.count >= headEnd + 5, buffer.suffix(5).elementsEqual("0\r\n\r\n".utf8) {
                        return (Array(buffer[..<headEnd]), Array(buffer[headEnd...]))
                    }
                } else {
                    return (Array(buffer[..<headEnd]), [])
                }
            }
            let count = recv(socketFD, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
