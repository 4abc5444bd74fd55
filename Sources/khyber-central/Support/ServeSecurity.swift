import ArgumentParser
import CentralService
import CentralStore
import CommandLineSupport
import Foundation
import Logging
import Services

/// `serve`'s security options: who may push and pull (signed requests by enrolled devices, or — only
/// when asked for in so many words — anyone), the clock window, and the service catalog fees are checked against.
struct ServeSecurity: ParsableArguments {
    @Flag(help: "INSECURE: accept unsigned requests from anyone (old tests, benchmarks). Never on a network.")
    var insecureAcceptAnyKiosk = false

    @Option(help: ArgumentHelp("How far a signed request's clock may be from the central's, either way.", valueName: "seconds"))
    var signatureWindow: Int = 300

    @Option(help: ArgumentHelp("The service definitions whose fees pushed applications must carry (default: Assets/services).", valueName: "dir"))
    var services: String?

    func validate() throws {
        guard (30...86_400).contains(signatureWindow) else { throw ValidationError("--signature-window must be between 30 and 86400 seconds") }
    }

    /// The authenticator to run; logs loudly when it is the insecure one.
    func authenticator(storage: any CentralStorage, logger: Logger) -> any KioskAuthenticator {
        if insecureAcceptAnyKiosk {
            logger.critical("INSECURE: --insecure-accept-any-kiosk is on: unsigned pushes and pulls from anyone are accepted")
            FileHandle.standardError.write(Data("khyber-central: WARNING: --insecure-accept-any-kiosk: anyone may push and pull; never run this on a network\n".utf8))
            return AcceptAnyKiosk()
        }
        logger.info("signed requests required", metadata: ["window_s": "\(signatureWindow)"])
        return SignedRequestAuthenticator(devices: storage, window: .seconds(signatureWindow))
    }

    /// The catalog fees are checked against; a missing or empty catalog stops the server (it would accept any fee).
    func fees(logger: Logger) throws -> ServiceFees {
        let folder = try services.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? Assets.servicesFolder()
        let catalog = ServiceCatalog.load(directory: folder)
        guard !catalog.services.isEmpty else {
            throw CLIError("no service definitions in \(folder.path): the central checks every application's fee against them (give --services DIR)")
        }
        for problem in catalog.unavailable {
            let reasons = problem.problems.map(\.description).joined(separator: "; ")
            logger.warning(
                "service definition not loaded; its applications will be refused",
                metadata: ["file": .string(String(problem.file.prefix(80))), "problems": .string(String(reasons.prefix(600)))])
        }
        return ServiceFees(catalog: catalog)
    }
}
