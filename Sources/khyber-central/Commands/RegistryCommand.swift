import ArgumentParser

/// `registry`: the province's citizen records the central sends to kiosks.
struct RegistryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Manage the registry records kiosks receive.",
        subcommands: [RegistryImportCommand.self, RegistryDemoSeedCommand.self]
    )
}
