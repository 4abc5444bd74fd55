import Foundation

/// The kiosk in a tmux pane: starting it on a data folder, signing a citizen in, starting it again
/// after it died. Shared by every end-to-end suite.
extension TmuxSession {
    /// A demo citizen who can sign in.
    struct Citizen: Sendable {
        let cnic: String
        let pin: String
        let name: String
    }

    /// Muhammad Irfan Khan: Peshawar, born 1988, every registry field filled in; PIN 1357.
    static let irfan = Citizen(cnic: "1730112345671", pin: "1357", name: "Muhammad Irfan Khan")
    /// Ayesha Bibi: Mardan; PIN 2468.
    static let ayesha = Citizen(cnic: "1610176543212", pin: "2468", name: "Ayesha Bibi")

    /// `khyber-kiosk run --config CONFIG --data DATA` in a width×height terminal, once the welcome
    /// screen is up. `config` is a file in KioskConfig/ or an absolute path; `assets` defaults to
    /// the repository's Assets folder.
    static func kiosk(
        data: URL, width: Int = 80, height: Int = 24, config: String = "walk-in-kiosk.yaml", assets: URL? = nil
    ) throws -> TmuxSession {
        let configPath = config.hasPrefix("/") ? config : CLIRunner.repository.appendingPathComponent("KioskConfig/\(config)").path
        let assetsPath = (assets ?? CLIRunner.repository.appendingPathComponent("Assets")).path
        let session = try TmuxSession(width: width, height: height, command: [
            CLIRunner.binary.path, "run", "--config", configPath, "--data", data.path,
        ], environment: ["KHYBER_ASSETS": assetsPath])
        try session.waitFor(text: "Type your CNIC number")
        return session
    }

    /// CNIC, Enter, PIN, Enter, until Home shows.
    func signIn(_ citizen: Citizen) throws {
        try type(citizen.cnic)
        try waitFor(text: "-\(citizen.cnic.suffix(1))")
        try press("Enter")
        try waitFor(text: "Enter your 4-digit PIN")
        try type(citizen.pin)
        try press("Enter")
        try waitFor(text: "What would you like to do?")
    }

    /// Starts the pane's command again once it has ended (e.g. after `kill -9`), on a cleared
    /// screen, and waits for the welcome screen.
    func restartKiosk() throws {
        try waitForExit()
        try respawn()
        try waitFor(text: "Type your CNIC number")
    }
}
