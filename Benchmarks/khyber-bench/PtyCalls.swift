import Glibc

/// The libc pseudo-terminal calls that Swift's Glibc module leaves out (glibc declares them only
/// under `_XOPEN_SOURCE`), looked up by name in the running process.
struct PtyCalls {
    /// `posix_openpt(flags)`.
    let openpt: @convention(c) (CInt) -> CInt
    /// `grantpt(fd)`.
    let grantpt: @convention(c) (CInt) -> CInt
    /// `unlockpt(fd)`.
    let unlockpt: @convention(c) (CInt) -> CInt
    /// `ptsname_r(fd, buffer, length)`.
    let ptsname: @convention(c) (CInt, UnsafeMutablePointer<CChar>?, Int) -> CInt

    /// `POSIX_SPAWN_SETSID` (glibc ≥ 2.26; also hidden behind `_GNU_SOURCE`).
    static let spawnSetSID: CInt = 0x80

    /// Looks the four calls up; throws when libc lacks one.
    init() throws {
        guard let handle = dlopen(nil, RTLD_NOW) else { throw BenchError(description: "dlopen of the running process failed") }
        func load<Function>(_ name: String, as _: Function.Type) throws -> Function {
            guard let symbol = dlsym(handle, name) else { throw BenchError(description: "libc has no \(name)") }
            return unsafeBitCast(symbol, to: Function.self)
        }
        openpt = try load("posix_openpt", as: (@convention(c) (CInt) -> CInt).self)
        grantpt = try load("grantpt", as: (@convention(c) (CInt) -> CInt).self)
        unlockpt = try load("unlockpt", as: (@convention(c) (CInt) -> CInt).self)
        ptsname = try load("ptsname_r", as: (@convention(c) (CInt, UnsafeMutablePointer<CChar>?, Int) -> CInt).self)
    }

    /// A new pseudo-terminal of `width` × `height`: the master descriptor (close-on-exec) and the slave's path.
    func open(width: Int, height: Int) throws -> (master: CInt, slavePath: String) {
        let master = openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw BenchError(description: "posix_openpt failed (errno \(errno))") }
        var name = [CChar](repeating: 0, count: 128)
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard grantpt(master) == 0, unlockpt(master) == 0, ptsname(master, &name, name.count) == 0,
              ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
            let code = errno
            close(master)
            throw BenchError(description: "setting up the pseudo-terminal failed (errno \(code))")
        }
        let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (master, path)
    }
}
