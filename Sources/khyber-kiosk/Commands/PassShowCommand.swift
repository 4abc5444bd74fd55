import ArgumentParser
import CommandLineSupport
import Foundation
import IdentityCore
import QRCode
import Screen

/// `pass show --cnic C`: draws the citizen's pass as a QR code, dark on light, with their name beside it.
struct PassShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Draw a citizen's Khyber Pass as a QR code in the terminal.",
        discussion: """
        Half-block cells (one module wide, two tall) in black and white whatever the terminal's colours: \
        a blank on the module's colour where both modules match, a lower half on the top module's colour \
        where they differ (so no font's gaps can stripe it), with a 4-module quiet zone: 45 columns by 23 rows. --ascii draws two columns per module instead \
        (90 columns by 45 rows) for terminals without block characters.
        """
    )

    @Option(help: "The citizen's CNIC, with or without dashes.")
    var cnic: String

    @Flag(help: "Draw with # and spaces instead of block characters.")
    var ascii = false

    @Flag(help: "Use the 8 basic colours (for terminals without the 256-colour palette).")
    var basicColors = false

    @OptionGroup var dataOptions: DataOptions

    func run() async throws {
        let issued = try PassLookup(folder: dataOptions.folder).pass(for: try parseCNIC(cnic))
        let matrix: QRMatrix
        do { matrix = try QREncoder.encodeAlphanumeric(issued.text) } catch { throw CLIError("cannot draw the pass: \(error.description)") }
        let useASCII = ascii || !Self.localeIsUTF8
        let grid = useASCII ? ASCIIRenderer().render(matrix) : HalfBlockRenderer().render(matrix)
        let citizen = issued.citizen
        let caption = [
            TextSanitizer.forTerminal(citizen.nameLatin),
            "\(citizen.guardianRelation.words) \(TextSanitizer.forTerminal(citizen.guardianLatin))",
            "CNIC \(citizen.cnic.masked(with: useASCII ? "*" : "•"))",
            "Valid until \(issued.record.expiresOn.display)",
            "Pass serial \(issued.record.serial)",
        ]
        let lines = grid.ansiLines(colors: basicColors ? .basic8 : .palette256)
        for (index, line) in lines.enumerated() {
            let captionIndex = index - (lines.count - caption.count) / 2
            let text = caption.indices.contains(captionIndex) ? "  " + caption[captionIndex] : ""
            print(line + text)
        }
    }

    /// True when LC_ALL / LC_CTYPE / LANG name a UTF-8 locale.
    static var localeIsUTF8: Bool {
        let environment = ProcessInfo.processInfo.environment
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LANG"] ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }
}
