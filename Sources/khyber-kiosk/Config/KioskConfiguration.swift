import Foundation
import ProvincialTrust
import KioskSync
import Yams

/// One kiosk's settings, read from a commented YAML file in KioskConfig/ (walk-in kiosk, operator desk, field camp).
struct KioskConfiguration: Equatable {
    var kioskID = "KP-DEMO-001"
    var centreName = "Demo Facilitation Centre"
    /// The centre's name in Urdu script, shown in the header on Urdu screens (`centre_name_ur`); nil: the English name.
    var centreNameUrdu: String?
    /// The centre's name in Pashto, shown in the header on Pashto screens (`centre_name_ps`); nil: the English name.
    var centreNamePashto: String?
    var dataFolder = ".kiosk-data"
    var idleTimeoutSeconds = 60
    var idleWarningSeconds = 10
    var glyphs = GlyphSetting.auto
    var language = "en"
    /// `scrypt$<log2 N>$<salt Base64>$<hash Base64>`; nil means the operator exit is disabled.
    var operatorPasswordHash: String?
    /// The central store (`http://host:port`); nil: the kiosk works alone and syncs nothing.
    var centralURL: String?
    /// Seconds between sync rounds while online.
    var syncIntervalSeconds = 30
    /// The badge warns when the oldest unsent operation is older than this (the kiosk still takes new work).
    var syncWarnAfterHours = 24
    /// District codes whose registry records this kiosk carries (a field camp's districts).
    var syncDistricts: [Int] = []
    /// `walk-in` (opens on Welcome) or `operator-desk` (opens on operator sign-in).
    var mode = Mode.walkIn
    /// Freeze new applications when the oldest unsent operation is older than this many days.
    var freezeOldestUnsentDays: Int?
    /// Freeze new applications when more than this many operations wait.
    var freezeMaxPending: Int?
    /// Freeze new applications when the trust bundle expired more than this many days ago.
    var freezeTrustExpiredDays: Int?
    /// The folder the desk's Export/Import to USB starts with (where the field camp's stick mounts).
    var usbFolder: String?

    /// The centre's names by language code for the header (`KioskSettings.centreNames`).
    var centreNames: [String: String] {
        var names: [String: String] = [:]
        names["ur"] = centreNameUrdu
        names["ps"] = centreNamePashto
        return names
    }

    /// Where the kiosk opens.
    enum Mode: String, CaseIterable { case walkIn = "walk-in", operatorDesk = "operator-desk" }
    /// Base64 of the pinned provincial root's public key (else the data folder's trust-root.pub, else none).
    var trustRoot: String?
    /// The province's CA certificate(s) for an https:// central (`central_ca`, a PEM file).
    var centralCA: String?
    /// SHA-256 fingerprints of central certificates this kiosk pins (`central_fingerprints`).
    var centralFingerprints: [String] = []

    /// What the sync transport trusts.
    var centralTrust: CentralTrust { CentralTrust(caFile: centralCA, fingerprints: Set(centralFingerprints)) }

    /// `auto` picks ASCII when the locale is not UTF-8.
    enum GlyphSetting: String, CaseIterable { case auto, unicode, ascii }

    /// A config problem, naming the file, the key and what is wrong.
    struct LoadError: Error, CustomStringConvertible, Equatable {
        let description: String
    }

    static let knownKeys: [String] = [
        "kiosk_id", "centre_name", "centre_name_ur", "centre_name_ps", "data_folder", "idle_timeout_seconds", "idle_warning_seconds",
        "glyphs", "language", "operator_password_hash", "central_url", "sync_interval_seconds", "sync_warn_after_hours",
        "sync_districts", "trust_root", "central_ca", "central_fingerprints",
        "mode", "freeze_oldest_unsent_days", "freeze_max_pending", "freeze_trust_expired_days", "usb_folder",
    ]

    /// Reads and checks a config file.
    static func load(from path: String) throws(LoadError) -> KioskConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "\(path): cannot read the config file (missing or not readable)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError(description: "\(path): the config file is not UTF-8 text")
        }
        return try parse(text, source: path)
    }

    /// Parses YAML text; every unknown key, wrong type or out-of-range value is an error naming the key.
    static func parse(_ text: String, source: String) throws(LoadError) -> KioskConfiguration {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch {
            throw LoadError(description: "\(source): not valid YAML: \(error)")
        }
        var config = KioskConfiguration()
        guard let node else { return config }
        guard let mapping = node.mapping else {
            throw LoadError(description: "\(source): the config must be a list of `key: value` lines")
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw LoadError(description: "\(source): a key is not text") }
            let line = keyNode.mark.map { " (line \($0.line))" } ?? ""
            func fail(_ problem: String) -> LoadError { LoadError(description: "\(source)\(line): \(key): \(problem)") }
            func text() throws(LoadError) -> String {
                guard let string = value.string, value.scalar != nil else { throw fail("expected text") }
                return string
            }
            // A centre's name: 1–80 characters, no control characters (it goes into every header).
            func name() throws(LoadError) -> String {
                let name = try text()
                guard !name.isEmpty, name.count <= 80, !name.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) else {
                    throw fail("must be the centre's name (1–80 characters, no control characters)")
                }
                return name
            }
            func integer(_ range: ClosedRange<Int>) throws(LoadError) -> Int {
                guard let number = value.int else { throw fail("expected a whole number") }
                guard range.contains(number) else { throw fail("must be between \(range.lowerBound) and \(range.upperBound), not \(number)") }
                return number
            }
            switch key {
            case "kiosk_id":
                config.kioskID = try text()
                guard config.kioskID.range(of: #"^[A-Z0-9][A-Z0-9-]{2,23}$"#, options: .regularExpression) != nil else {
                    throw fail("use 3–24 capital letters, digits and dashes, like KP-PSH-001")
                }
            case "centre_name": config.centreName = try name()
            case "centre_name_ur": config.centreNameUrdu = try name()
            case "centre_name_ps": config.centreNamePashto = try name()
            case "data_folder": config.dataFolder = try text()
            case "idle_timeout_seconds": config.idleTimeoutSeconds = try integer(10...3600)
            case "idle_warning_seconds": config.idleWarningSeconds = try integer(3...60)
            case "glyphs":
                let raw = try text()
                guard let glyphs = GlyphSetting(rawValue: raw) else {
                    throw fail("must be one of \(GlyphSetting.allCases.map(\.rawValue).joined(separator: ", ")), not \(raw)")
                }
                config.glyphs = glyphs
            case "language":
                config.language = try text()
                // Any language with a catalog in Assets/strings (`run` checks that one exists): letters and dashes.
                guard (1...16).contains(config.language.count), config.language.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else {
                    throw fail("must be a language code such as en, ur or ps")
                }
            case "operator_password_hash":
                let hash = try text()
                guard OperatorPassword(encoded: hash) != nil else {
                    throw fail("not a hash made by `khyber-kiosk operator-password`")
                }
                config.operatorPasswordHash = hash
            case "central_url":
                let url = try text()
                guard let parsed = URLComponents(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host?.isEmpty == false,
                      parsed.path.isEmpty || parsed.path == "/" else {
                    throw fail("must be the central store's address, like https://10.0.0.5:8471")
                }
                guard parsed.scheme == "https" || CentralEndpoint.isLoopback(parsed.host ?? "") else {
                    throw fail("plain http:// is allowed to this machine only (127.0.0.1, ::1, localhost); use https:// with central_ca or central_fingerprints")
                }
                config.centralURL = url
            case "central_ca": config.centralCA = try text()
            case "central_fingerprints":
                guard let sequence = value.sequence else { throw fail("expected a list of SHA-256 fingerprints") }
                for item in sequence {
                    guard let text = item.string, CentralTrust.normalisedFingerprint(text) != nil else {
                        throw fail("a fingerprint is 64 hex digits (colons allowed), as openssl x509 -fingerprint -sha256 prints it")
                    }
                    config.centralFingerprints.append(text)
                }
            case "mode":
                let raw = try text()
                guard let mode = Mode(rawValue: raw) else { throw fail("must be one of \(Mode.allCases.map(\.rawValue).joined(separator: ", ")), not \(raw)") }
                config.mode = mode
            case "freeze_oldest_unsent_days": config.freezeOldestUnsentDays = try integer(1...365)
            case "freeze_max_pending": config.freezeMaxPending = try integer(1...1_000_000)
            case "freeze_trust_expired_days": config.freezeTrustExpiredDays = try integer(0...365)
            case "usb_folder":
                let folder = try text()
                guard !folder.isEmpty, folder.count <= 200, !folder.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) else {
                    throw fail("must be a folder path (at most 200 characters, no control characters), like /media/usb")
                }
                config.usbFolder = folder
            case "sync_interval_seconds": config.syncIntervalSeconds = try integer(5...3600)
            case "sync_warn_after_hours": config.syncWarnAfterHours = try integer(1...720)
            case "sync_districts":
                guard let sequence = value.sequence else { throw fail("expected a list of district codes, like [111, 112]") }
                var codes: [Int] = []
                for item in sequence {
                    guard let code = item.int, (100...999).contains(code) else { throw fail("district codes have three digits, like 173 for Peshawar (see Assets/districts.json)") }
                    codes.append(code)
                }
                config.syncDistricts = codes
            case "trust_root":
                let root = try text()
                guard (try? ProvincialRootKey.publicKey(base64: root)) != nil else {
                    throw fail("must be Base64 of the provincial root's 32-byte Ed25519 public key (khyber-central trust root-init prints it)")
                }
                config.trustRoot = root
            default:
                throw fail("unknown key; known keys are \(knownKeys.joined(separator: ", "))")
            }
        }
        return config
    }
}
