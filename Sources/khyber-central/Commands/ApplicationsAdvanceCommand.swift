import ArgumentParser
import CentralService
import CentralStore
import CommandLineSupport
import Foundation

/// `applications advance`: the back office moves one application on.
struct ApplicationsAdvanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: "Move an application to another status.",
        discussion: """
        The allowed moves: received → in-review, in-review → approved or rejected, approved → \
        ready-for-collection. The change reaches the kiosk that took the application on its next pull. \
        Prints `TRACKING: FROM → TO`.
        """
    )

    @Argument(help: "The application's tracking number.") var tracking: String
    @Option(help: "The new status: in-review, approved, rejected or ready-for-collection.") var to: String
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let tracking = self.tracking.trimmingCharacters(in: .whitespaces).uppercased()
        let status = to.trimmingCharacters(in: .whitespaces).lowercased()
        let (before, after) = try await database.withStorage { storage in
            guard let before = try await storage.application(tracking: tracking) else {
                throw CentralStorageError.notFound(tracking: tracking)
            }
            let after = try await storage.advance(tracking: tracking, to: status, at: Date(), hlc: await CentralClock().tick())
            return (before, after)
        }
        print(Output.safe("\(after.tracking): \(before.status) → \(after.status)"))
    }
}
