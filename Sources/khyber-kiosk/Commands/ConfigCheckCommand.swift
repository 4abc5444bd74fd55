import ArgumentParser
import CommandLineSupport

/// `config check FILE`: loads a config the way the kiosk would and prints what it understood.
struct ConfigCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config-check",
        abstract: "Check a kiosk config file and print the settings it gives.",
        discussion: "Exit status 0 when the file is good; otherwise the message names the key and the problem."
    )

    @Argument(help: "The config file, e.g. KioskConfig/walk-in-kiosk.yaml.")
    var file: String

    func run() async throws {
        let config: KioskConfiguration
        do { config = try KioskConfiguration.load(from: file) } catch { throw CLIError(error.description) }
        print("""
        kiosk_id:             \(config.kioskID)
        centre_name:          \(config.centreName)
        centre_name_ur:       \(config.centreNameUrdu ?? "none (Urdu screens show centre_name)")
        centre_name_ps:       \(config.centreNamePashto ?? "none (Pashto screens show centre_name)")
        data_folder:          \(config.dataFolder)
        idle_timeout_seconds: \(config.idleTimeoutSeconds)
        idle_warning_seconds: \(config.idleWarningSeconds)
        glyphs:               \(config.glyphs.rawValue)
        language:             \(config.language)
        operator exit:        \(config.operatorPasswordHash == nil ? "disabled (no operator_password_hash)" : "enabled")
        central_url:          \(config.centralURL ?? "none (works alone, syncs nothing)")
        sync_interval:        \(config.syncIntervalSeconds) s
        sync_warn_after:      \(config.syncWarnAfterHours) h
        sync_districts:       \(config.syncDistricts.isEmpty ? "none" : config.syncDistricts.map(String.init).joined(separator: ", "))
        """)
    }
}
