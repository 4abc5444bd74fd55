import ArgumentParser
import CommandLineSupport
import Foundation
import StringCatalog

/// `strings`: work with the string catalogs in `Assets/strings/`.
struct StringsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strings",
        abstract: "Work with the string catalogs (Assets/strings/*.json), one file per language.",
        subcommands: [StringsCheckCommand.self]
    )
}

/// `strings check [DIR]`: every catalog compared with English; exit 1 on any problem.
struct StringsCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the string catalogs against English: missing keys, extra keys, mismatched placeholders.",
        discussion: """
        Prints one line per problem, then a line per language ("ur: 33 texts, complete") and a summary. Exit \
        status 0 when every catalog is complete, 1 when any has a problem. A missing text never blanks a \
        screen (English shows there), but fix it before shipping. Adding a language is adding a file.
        """
    )

    @Argument(help: "The folder of catalogs (default: the Assets/strings folder).")
    var directory: String?

    func run() async throws {
        let folder = try directory.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? KioskStrings.folder()
        let set: CatalogSet
        do { set = try CatalogSet.load(folder: folder) } catch { throw CLIError(error.description) }
        let problems = set.problems()
        for problem in problems { print(problem.description) }
        for catalog in set.catalogs {
            let own = problems.filter { $0.language == catalog.code }.count
            let fallback = catalog.fallback.map { ", falls back to \($0) where Arabic script cannot show" } ?? ""
            print("\(catalog.code) (\(catalog.name), \(catalog.direction.rawValue)\(fallback)): \(catalog.texts.count) texts, \(own == 0 ? "complete" : "\(own) \(own == 1 ? "problem" : "problems")")")
        }
        print("\(set.catalogs.count) catalogs checked, \(problems.count) \(problems.count == 1 ? "problem" : "problems")")
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
