import ArgumentParser
import Foundation
import IdentityCore
import Screen

/// `pass verify TEXT`: the offline verdict on a scanned pass; exit 0 only when valid.
struct PassVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a Khyber Pass text offline against this kiosk's trust list.",
        discussion: """
        Prints one verdict — valid, expired, not-yet-valid, revoked, unknown-signer, issuer-removed, \
        issuer-retired, signed-after-window, bad-signature or malformed — with a plain explanation. With a pinned \
        provincial root (DATA/trust-root.pub) only the held trust bundle's issuers are believed. Exit status: 0 valid, 1 any other verdict, 2 usage error.

        Give the text as an argument (quote it: it may contain spaces) or on standard input with '-'.
        """
    )

    @Argument(help: "The scanned text, starting KP: (or '-' to read one line from standard input).")
    var text: String

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "Check as if the time were this ISO 8601 instant (e.g. 2031-12-01T09:00:00+05:00).")
    var at: String?

    func run() async throws {
        let input = text == "-" ? (readLine(strippingNewline: true) ?? "") : text
        let now = try at.map(parseInstant) ?? Date()
        let folder = dataOptions.folder
        let registry = folder.hasRegistry ? try folder.openRegistry() : nil
        let (trustList, warning) = try folder.verificationTrust(
            registry: registry, setting: try folder.provincialTrust(configuredRoot: nil, kioskID: ""), now: now)
        if let warning { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        let verdict = PassVerifier(trustList: trustList).verify(input, now: now)
        print("\(verdict.code): \(verdict.explanation)")
        if let claims = verdict.claims {
            let holder = try registry?.citizen(claims.cnic).map { TextSanitizer.forTerminal($0.nameLatin) + ", " } ?? ""
            print("\(holder)CNIC \(claims.cnic.masked)  serial \(claims.serial)  issued \(claims.issuedOn.display)  valid until \(claims.expiresOn.display)  signer \(claims.keyID)")
        }
        if !verdict.isValid { throw ExitCode(1) }
    }

    private func parseInstant(_ text: String) throws -> Date {
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw ValidationError("--at wants an ISO 8601 instant such as 2031-12-01T09:00:00+05:00, not \(text)")
        }
        return date
    }
}
