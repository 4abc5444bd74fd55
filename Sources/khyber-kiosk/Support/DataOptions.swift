import ArgumentParser
import CommandLineSupport

/// `--data DIR`, shared by every subcommand.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The kiosk's data folder (registry, signer key, trust list).",
        discussion: "Default: $KHYBER_DATA when set, else ./.kiosk-data.",
        valueName: "dir"
    ))
    var data: String?

    /// The folder to use: the flag, then `$KHYBER_DATA`, then the default (`DataFolder.resolve`).
    var folder: DataFolder { DataFolder.resolve(flag: data) }

    /// The same, with a config file's `data_folder` between the environment and the default.
    func folder(configured: String?) -> DataFolder { DataFolder.resolve(flag: data, configured: configured) }
}
