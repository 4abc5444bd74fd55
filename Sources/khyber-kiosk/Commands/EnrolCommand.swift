import ArgumentParser
import CommandLineSupport
import Foundation
import KioskStore
import KioskSync
import SyncProtocol

/// `enrol`: makes this kiosk's device key and pass issuer key (when missing) and asks the central to enrol
/// them; prints the code a supervisor compares and approves at the central.
struct EnrolCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enrol",
        abstract: "Ask the central store to enrol this kiosk; prints the code for the supervisor.",
        discussion: """
        Makes DATA/device-key.json (signs every sync request) and DATA/issuer-keys.json (signs passes) when \
        they are missing, mode 0600, and sends both public keys with the kiosk id, centre and districts to \
        the central. The central keeps the request pending until a supervisor, reading the code printed here, \
        runs `khyber-central devices approve KIOSK-ID --code CODE`. Until then sync is refused (HTTP 401).

        Running it again is safe: the same keys give the same code. Exit 0 when the request is pending or \
        already approved, 4 when the central refused it (another key is approved for this id), 3 when the \
        central could not be reached.
        """
    )

    @OptionGroup var connection: CentralConnectionOptions
    @OptionGroup var dataOptions: DataOptions

    func run() async throws {
        let configuration = try connection.configuration()
        let url = try connection.centralURL(configuration)
        let id = RegistryDatabase.canonicalKioskID(connection.kioskID(configuration))
        guard KioskIDFormat.isValid(id) else { throw CLIError("the kiosk id must have 3 to 32 letters and digits") }
        let folder = dataOptions.folder(configured: configuration.dataFolder)
        try folder.create()
        let keys: DeviceKeys
        do {
            guard let loaded = try DeviceKeys.load(folder: folder.url, create: true) else { throw CLIError("cannot make the kiosk's keys") }
            keys = loaded
        } catch let problem as DeviceKeys.Problem {
            throw CLIError(problem.description)
        }
        let request = EnrolmentRequest(
            kioskID: id, devicePublicKey: keys.device.publicKey.rawRepresentation.base64EncodedString(),
            issuerPublicKey: keys.issuer.publicKey.rawRepresentation.base64EncodedString(),
            centre: String(configuration.centreName.prefix(80)), districts: configuration.syncDistricts
        )
        let code = EnrolmentCode.make(kioskID: id, devicePublicKey: request.devicePublicKey, issuerPublicKey: request.issuerPublicKey)
        let transport: HTTPSyncTransport
        do { transport = try HTTPSyncTransport(centralURL: url, trust: configuration.centralTrust) } catch { throw CLIError(error.description) }
        let answer: EnrolmentResponse
        do {
            answer = try await transport.enrol(request)
            await transport.shutdown()
        } catch {
            await transport.shutdown()
            FileHandle.standardError.write(Data("khyber-kiosk: enrolment not sent: \(error.description)\n".utf8))
            throw ExitCode(error.isTransient ? 3 : 4)
        }
        guard answer.code == code, answer.kioskID == id else {
            throw CLIError("the central answered with another code than this kiosk's keys give: something between this kiosk and the central changed the request; do not approve it")
        }
        if answer.status == "approved" {
            print("Kiosk \(id) is already enrolled and approved at \(url) with these keys.")
            return
        }
        print("Enrolment requested for kiosk \(id) at \(url).")
        print("code: \(code)")
        print("Read this code to the supervisor, who approves it at the central with:")
        print("  khyber-central devices approve \(id) --code \(code)")
    }
}
