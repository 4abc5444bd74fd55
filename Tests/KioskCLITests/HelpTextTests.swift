import ChildProcesses
import Foundation
import TestScheduling
import Testing

/// Every command's `--help` of both tools, as the parser wraps it at 80 columns: prose is written in
/// paragraphs, so no sentence breaks off into a short line and carries on below (a hard line break the
/// parser re-wraps into ragged lines).
@Suite("--help texts", .offCooperativePool)
struct HelpTextTests {
    /// `run`'s text is rewritten with the kiosk runtime (another change); it joins this list then.
    static let notYetChecked: Set<[String]> = []

    @Test(arguments: ["khyber-kiosk", "khyber-central"])
    func proseIsWrittenInParagraphs(tool: String) throws {
        let binary = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent(tool).path
        var pending: [[String]] = [[]]
        var checked = 0
        while let command = pending.popLast() {
            let help = try Self.help(binary, command)
            #expect(help.status == 0, "\(tool) \(command) --help: \(help.stderr)")
            pending += Self.subcommands(in: help.stdout).map { command + [$0] }
            guard !Self.notYetChecked.contains(command) else { continue }
            checked += 1
            for ragged in Self.raggedLines(help.stdout) {
                Issue.record("\(tool) \(command.joined(separator: " ")) --help breaks a sentence off: \"\(ragged.0)\" / \"\(ragged.1)\"")
            }
        }
        #expect(checked >= 10, "the walk found the commands (\(checked))")
    }

    /// A line of prose that ends well short of the width, followed by one that carries its sentence on
    /// (starts in lower case). Indented lines (usage, options, lists) are laid out on purpose.
    static func raggedLines(_ text: String) -> [(Substring, Substring)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return zip(lines, lines.dropFirst()).filter { line, next in
            guard let first = next.first, !line.hasPrefix(" "), !next.hasPrefix(" ") else { return false }
            return line.count < 60 && !line.isEmpty && first.isLowercase
        }
    }

    /// The names under SUBCOMMANDS: (without `help`).
    static func subcommands(in help: String) -> [String] {
        guard let section = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }
            .compactMap { line in
                guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
                return name == "help" ? nil : String(name)
            }
    }

    static func help(_ binary: String, _ command: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try ChildProcess.run(binary, command + ["--help"], environment: ["COLUMNS": "80"], outputFolder: try CLIRunner.temporaryFolder())
    }
}
