import Foundation

/// The accept loop the test servers on loopback share (`ReplyEatingProxy`, `ScriptedCentral`): each
/// client on its own thread until the listener is shut down.
enum LoopbackAcceptLoop {
    /// Accepts on `listener` until it fails while `isStopped()`; `serve` gets each client's descriptor.
    static func run(_ listener: Int32, isStopped: @escaping @Sendable () -> Bool, serve: @escaping @Sendable (Int32) -> Void) {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if isStopped() { return }
                continue
            }
            Thread { serve(client) }.start()
        }
    }

    /// Marks the server stopped and closes its listener, which ends `run`.
    static func stop(_ listener: Int32, markStopped: () -> Void) {
        markStopped()
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }
}
