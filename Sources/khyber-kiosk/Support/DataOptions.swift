import ArgumentParser
import Foundation

/// `--data DIR`, shared by every subcommand.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The kiosk's data folder (registry, signer key, trust list).",
        discussion: "Default: $KHYBER_DATA when set, else ./.kiosk-data.",
        valueName: "dir"
    ))
    var data: String?

    /// The folder to use, by flag, then environment, then default.
    var folder: DataFolder {
        DataFolder(path: data ?? ProcessInfo.processInfo.environment["KHYBER_DATA"] ?? ".kiosk-data")
    }
}
