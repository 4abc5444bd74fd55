import ArgumentParser
import CommandLineSupport
import Foundation
import Services

/// `services`: work with the service definitions in `Assets/services/`.
struct ServicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "services",
        abstract: "Work with the service definitions (Assets/services/*.json).",
        subcommands: [ServicesCheckCommand.self]
    )
}

/// `services check [DIR]`: every problem in every definition, one per line; exit 1 on any.
struct ServicesCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check service definition files and list every problem.",
        discussion: """
        Prints one line per problem, "FILE: field 'ID': REASON", then a summary line. Exit status 0 when every \
        file is good, 1 when any has a problem.

        A broken file never stops the kiosk (that service shows as unavailable), but fix it before shipping.
        """
    )

    @Argument(help: "The folder of definitions (default: the Assets/services folder).")
    var directory: String?

    func run() async throws {
        let folder = try directory.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? Assets.folder().appendingPathComponent("services", isDirectory: true)
        let catalog = ServiceCatalog.load(directory: folder)
        let problems = catalog.unavailable.flatMap(\.problems)
        for problem in problems { print(problem.description) }
        let folderUnreadable = catalog.unavailable.count == 1 && catalog.unavailable[0].file == folder.path
        let files = folderUnreadable ? 0 : catalog.services.count + catalog.unavailable.count
        // Pashto and Roman Urdu are optional: say where they are missing (a Pashto screen shows the Urdu
        // there, a Roman Urdu one the English), not a problem.
        for service in catalog.services {
            for language in MissingTranslation.Language.allCases {
                let missing = MissingTranslation.paths(in: service, lacking: language)
                guard !missing.isEmpty else { continue }
                let shown = missing.prefix(3).joined(separator: ", ") + (missing.count > 3 ? ", …" : "")
                let counted = "\(missing.count) \(missing.count == 1 ? "text has" : "texts have")"
                print("note: \(service.id): \(counted) no \(language.name) (\(language.key)) yet, \(language.fallback) shows instead: \(shown)")
            }
        }
        print("\(files) \(files == 1 ? "service" : "services") checked, \(problems.count) \(problems.count == 1 ? "problem" : "problems")")
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
