import ArgumentParser
import CommandLineSupport
import KioskStore

/// The options of every command that talks to the central store (`enrol`, `sync`): the config file, the
/// central's address and the kiosk id, each overriding the config.
struct CentralConnectionOptions: ParsableArguments {
    @Option(help: "A kiosk config file (central_url, kiosk_id, centre_name, sync_* keys).") var config: String?
    @Option(help: "The central store's address, like https://central.example.pk:8471 (overrides the config).") var central: String?
    @Option(name: .customLong("kiosk-id"), help: "This kiosk's id (overrides the config).") var kioskID: String?

    /// The config file's settings, or the defaults when none is given.
    func configuration() throws -> KioskConfiguration {
        guard let config else { return KioskConfiguration() }
        do { return try KioskConfiguration.load(from: config) } catch { throw CLIError(error.description) }
    }

    /// The central's address from the flag or the config.
    func centralURL(_ configuration: KioskConfiguration) throws -> String {
        guard let url = central ?? configuration.centralURL else {
            throw CLIError("no central store: give --central https://HOST:PORT or central_url in the config")
        }
        return url
    }

    /// The kiosk id from the flag or the config, as written.
    func kioskID(_ configuration: KioskConfiguration) -> String { kioskID ?? configuration.kioskID }
}
