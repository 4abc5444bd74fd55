import CommandLineSupport
import Foundation
import KioskApp
import StringCatalog

/// The string catalogs in `Assets/strings`, and whether this terminal can show them all.
enum KioskStrings {
    /// `Assets/strings/`.
    static func folder() throws -> URL {
        try Assets.folder().appendingPathComponent("strings", isDirectory: true)
    }

    /// Every catalog, or a plain error naming the file that is wrong.
    static func load() throws -> CatalogSet {
        do { return try CatalogSet.load(folder: try folder()) } catch let error as CatalogLoadError {
            throw CLIError("string catalogs: \(error.description)")
        }
    }

    /// False on the Linux text console (`TERM=linux`, a 512-glyph font without Arabic script) and in
    /// ASCII mode: Urdu and Pashto then show in Roman Urdu.
    static func terminalShowsArabicScript(glyphs: GlyphMode, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard glyphs == .unicode else { return false }
        let term = environment["TERM"] ?? ""
        return term != "linux" && !term.hasPrefix("linux-") && term != "vt100" && term != "vt220"
    }
}
