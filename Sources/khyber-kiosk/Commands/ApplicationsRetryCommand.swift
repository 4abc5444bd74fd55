import ArgumentParser
import CommandLineSupport
import Foundation
import KioskStore

/// `applications retry OP_ID`: puts an operation the central refused for good back in the queue, once an
/// operator has dealt with the cause.
struct ApplicationsRetryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: "Send an operation the central store refused (FAILED in `applications outbox`) again.",
        discussion: """
        The central store refuses an operation for good when it conflicts with one it already holds or cannot \
        be used (see the reason in `applications outbox`). Such an operation is set aside and never sent again \
        by itself, so it cannot block the others. After the cause is fixed (at the central, or by support), \
        this puts it back in the queue; the next sync round sends it with the same id and content.
        """
    )

    @Argument(help: "The operation id, as `applications outbox` prints it.") var opID: String
    @OptionGroup var dataOptions: DataOptions

    func run() async throws {
        let registry = try dataOptions.folder.openRegistry()
        let retried: Bool
        do { retried = try registry.retryFailedOperation(opID: opID) } catch { throw CLIError(error.description) }
        guard retried else { throw CLIError("no failed operation has the id \(opID.prefix(40)); see khyber-kiosk applications outbox") }
        print("\(opID) is back in the queue; the next sync round sends it.")
    }
}
