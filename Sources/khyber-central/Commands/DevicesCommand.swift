import ArgumentParser
import CentralStore
import CommandLineSupport
import Crypto
import Foundation
import IdentityCore
import ProvincialTrust

/// `devices`: enrolled kiosks — list them, approve a pending one by its code, revoke one.
struct DevicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "devices",
        abstract: "Enrolled kiosks: list them, approve a pending enrolment by its code, revoke one.",
        discussion: """
        A kiosk asks to be enrolled with `khyber-kiosk enrol --central URL`, which prints a code like \
        12345-67890. A supervisor standing at the kiosk reads that code and approves it here:

          khyber-central devices approve KPPSH001 --code 12345-67890 [--centre NAME] [--districts 173,174]

        A code that does not match means the pending request was not made by that kiosk: do not approve. \
        Once approved, the kiosk's requests are accepted and its pass issuer key goes into the next trust \
        bundle draft. `revoke` refuses the kiosk's requests from then on.
        """,
        subcommands: [List.self, Approve.self, Revoke.self]
    )

    /// `devices list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every enrolled or asking kiosk.")
        @OptionGroup var database: DatabaseOptions
        @Flag(help: "JSON for machines (with the full public keys).") var json = false

        func run() async throws {
            let devices = try await database.withStorage { storage in try await storage.devices() }
            if json {
                print(try Output.json(devices))
            } else if devices.isEmpty {
                print("No kiosk has asked to enrol yet.")
            } else {
                let rows = devices.map { device in
                    [
                        device.kioskID, device.status.rawValue, device.status == .pending ? device.code : "", device.centre,
                        device.districts.map(String.init).joined(separator: ","), String(device.devicePublicKey.prefix(12)) + "…",
                        TimeWords.pakistanTime(millis: device.decidedAtMillis ?? device.requestedAtMillis),
                    ]
                }
                for line in TextTable.lines(header: ["KIOSK", "STATUS", "CODE", "CENTRE", "DISTRICTS", "DEVICE KEY", "SINCE (PKT)"], rows: rows) {
                    print(Output.safe(line))
                }
            }
        }
    }

    /// `devices approve`.
    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve a pending kiosk whose code you read on its screen.")
        @Argument(help: "The kiosk id (canonical, like KPPSH001).") var kioskID: String
        @Option(help: "The code the kiosk shows.") var code: String
        @Option(help: "The centre's name (default: what the kiosk said).") var centre: String?
        @Option(help: ArgumentHelp("District codes it may pull, comma-separated (default: what the kiosk asked).", valueName: "codes"))
        var districts: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let kioskID = self.kioskID.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
            var parsed: [Int]?
            if let districts {
                let items = districts.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                let codes = items.compactMap { Int($0) }
                guard codes.count == items.count else { throw ValidationError("--districts: three-digit codes separated by commas, like 173,174") }
                parsed = codes
            }
            let (code, centre, districtCodes) = (self.code, self.centre, parsed)
            let device = try await database.withStorage { storage in
                let device = try await storage.approveDevice(kioskID: kioskID, code: code, centre: centre, districts: districtCodes, at: Date())
                try await storage.upsertIssuer(Self.issuer(of: device, now: Date()))
                return device
            }
            print(Output.safe("Kiosk \(device.kioskID) approved (centre \(device.centre), districts \(device.districts.map(String.init).joined(separator: ",")))."))
            print("Its requests are accepted from now on; its pass issuer key is listed in the next trust bundle draft.")
        }

        /// The approved kiosk's pass issuer key, scoped to that kiosk, with the default windows.
        static func issuer(of device: DeviceRecord, now: Date) throws -> BundleIssuer {
            guard let raw = Data(base64Encoded: device.issuerPublicKey), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
                throw CLIError("kiosk \(device.kioskID)'s pass issuer key is not an Ed25519 public key")
            }
            let signUntil = IssuerWindow.signUntil(from: now)
            return BundleIssuer(
                publicKey: device.issuerPublicKey, keyID: Int(TrustedSigner.defaultKeyID(for: key)), label: "kiosk \(device.kioskID)",
                scope: BundleIssuer.kioskScope(device.kioskID), signUntil: signUntil, verifyUntil: IssuerWindow.verifyUntil(after: signUntil))
        }
    }

    /// `devices revoke`.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Refuse a kiosk's requests from now on.")
        @Argument(help: "The kiosk id.") var kioskID: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let kioskID = self.kioskID.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
            let device = try await database.withStorage { storage in try await storage.revokeDevice(kioskID: kioskID, at: Date()) }
            print(Output.safe("Kiosk \(device.kioskID) revoked: its requests are refused from now on."))
        }
    }
}
