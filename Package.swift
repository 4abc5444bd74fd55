// swift-tools-version:6.2
import PackageDescription

/// Every target of ours: Swift 6 language mode (strict concurrency) and no warnings tolerated.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "KhyberPassKiosk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "khyber-kiosk", targets: ["khyber-kiosk"]),
        .executable(name: "khyber-central", targets: ["khyber-central"]),
        .executable(name: "khyber-bench", targets: ["khyber-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        // No pkgConfig here: SwiftPM would warn that it drops the -D flags `pkg-config ncursesw` prints;
        // the shim header defines what they defined, and the headers sit in the default include path.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // GNU FriBidi: the Unicode bidi algorithm, Arabic joining and shaping (pkg-config prints only -I).
        .systemLibrary(name: "CFriBidi", pkgConfig: "fribidi", providers: [.apt(["libfribidi-dev"])]),
        .target(
            name: "IdentityCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(name: "QRCode", dependencies: ["CQRencode"], swiftSettings: strict),
        // The provincial root, the signed trust bundle, its verification policy and the kiosk's issuer keys.
        .target(
            name: "ProvincialTrust",
            dependencies: ["IdentityCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        // The words kiosk, wire and central share (application statuses and their moves, operation kinds,
        // the hybrid logical clock): a leaf, Foundation at most.
        .target(name: "KhyberVocabulary", swiftSettings: strict),
        // The tamper-evident audit trail: entries, their canonical bytes, the hash chain, the device key's
        // signature and the chain verifier (docs/audit-trail.md). Pure.
        .target(name: "AuditTrail", dependencies: ["IdentityCore", .product(name: "Crypto", package: "swift-crypto")], swiftSettings: strict),
        // Text from data made safe for a terminal: a leaf, so services need no screen.
        .target(name: "TextSafety", swiftSettings: strict),
        .target(name: "Screen", dependencies: ["TextSafety"], swiftSettings: strict),
        .target(name: "Terminal", dependencies: ["Screen", "CNcursesw"], swiftSettings: strict),
        .target(
            name: "KioskStore",
            dependencies: [
                "IdentityCore", "Services", "KhyberVocabulary", "AuditTrail", "OperatorAccounts",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(name: "Services", dependencies: ["IdentityCore", "KhyberVocabulary", "TextSafety"], swiftSettings: strict),
        .target(name: "KioskApp", dependencies: ["IdentityCore", "QRCode", "Screen", "Services", "OperatorAccounts", "BidiText", "StringCatalog"], swiftSettings: strict),
        .target(name: "SyntheticRegistry", dependencies: ["IdentityCore"], swiftSettings: strict),
        // What both command-line tools share: errors, tables, JSON, Pakistan time, Assets/ and the data folder.
        .target(
            name: "CommandLineSupport",
            dependencies: ["IdentityCore", "TextSafety", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        // Starting real programs from tests and benchmarks (posix_spawn with a clean signal state).
        .target(name: "ChildProcesses", swiftSettings: strict),
        // Sync: the wire format both sides share, the central store, its HTTP service, the kiosk's engine.
        .target(
            name: "SyncProtocol",
            dependencies: [
                "KhyberVocabulary",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // RFC 9421 HTTP Message Signatures (the kiosk profile: Ed25519 over @method, @path, content-digest)
        // and RFC 9530 Content-Digest. Pure: method, path, header values and body bytes in, no HTTP server.
        .target(name: "RequestSigning", dependencies: [.product(name: "Crypto", package: "swift-crypto")], swiftSettings: strict),
        // Field-camp USB bundles: the byte format, HPKE sealing to the central, Ed25519 signatures, key files,
        // the atomic writer (docs/field-bundles.md). No database, no socket.
        .target(
            name: "FieldBundle",
            dependencies: ["SyncProtocol", "ProvincialTrust", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .target(
            name: "CentralStore",
            dependencies: [
                "SyncProtocol", "IdentityCore", "KhyberVocabulary", "ProvincialTrust", "AuditTrail",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "CentralService",
            dependencies: [
                "SyncProtocol", "CentralStore", "ProvincialTrust", "RequestSigning", "Services", "FieldBundle",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "KioskSync",
            dependencies: [
                "SyncProtocol", "KioskStore", "KhyberVocabulary", "IdentityCore", "ProvincialTrust", "RequestSigning", "FieldBundle",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // The kiosk's runtime: the loop (generic over the terminal), the event inbox, the effect runner
        // and its policies (pass reuse, trust merge, catalog cache), background sync. No command line.
        .target(
            name: "KioskRuntime",
            dependencies: [
                "KioskApp", "KioskStore", "KioskSync", "Terminal", "Screen", "IdentityCore", "Services", "ProvincialTrust", "RequestSigning",
                "OperatorAccounts", "KhyberVocabulary", "AuditTrail",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "khyber-central",
            dependencies: [
                "SyncProtocol", "CentralStore", "CentralService", "IdentityCore", "Services", "KhyberVocabulary", "CommandLineSupport",
                "ProvincialTrust", "TextSafety", "OperatorAccounts", "AuditTrail", "FieldBundle", "SyntheticRegistry",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "khyber-kiosk",
            dependencies: [
                "IdentityCore", "QRCode", "KioskStore", "SyntheticRegistry", "KioskApp", "Screen", "Terminal", "Services",
                "KioskSync", "KioskRuntime", "CommandLineSupport", "ProvincialTrust", "SyncProtocol", "RequestSigning", "OperatorAccounts", "AuditTrail", "FieldBundle", "StringCatalog",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "khyber-bench",
            dependencies: [
                "IdentityCore", "QRCode", "KioskStore", "SyntheticRegistry", "KioskApp", "Screen", "Terminal", "Services",
                "SyncProtocol", "KioskSync", "CentralStore", "ChildProcesses", "RequestSigning", "AuditTrail", "FieldBundle", "CentralService", "ProvincialTrust", "StringCatalog", "CommandLineSupport",
                "OperatorAccounts",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Benchmarks/khyber-bench",
            swiftSettings: strict
        ),
        // Operator accounts, pure: roles, identities, verifiers (first-time codes, passwords), lockout, the
        // password rule, and the accounts a verified trust bundle gives one kiosk.
        .target(name: "OperatorAccounts", dependencies: ["IdentityCore", "ProvincialTrust"], swiftSettings: strict),
        // Test support: the trait that runs blocking and timing-sensitive suites off the cooperative pool.
        .target(name: "TestScheduling", path: "Tests/TestScheduling", swiftSettings: strict),
        // Test support: whole-screen text snapshots and the real QR scanner, for every suite that reads screens.
        .target(name: "ScreenTestSupport", dependencies: ["Screen", "QRCode"], path: "Tests/ScreenTestSupport", swiftSettings: strict),
        .testTarget(
            name: "IdentityCoreTests",
            dependencies: ["IdentityCore", "TestScheduling", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ProvincialTrustTests",
            dependencies: ["ProvincialTrust", "IdentityCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .testTarget(name: "ServicesTests", dependencies: ["Services", "IdentityCore"], swiftSettings: strict),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode", "ScreenTestSupport"], swiftSettings: strict),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Screen", "CNcursesw"], swiftSettings: strict),
        .testTarget(
            name: "KioskStoreTests",
            dependencies: [
                "KioskStore", "SyntheticRegistry", "IdentityCore", "Services", "SyncProtocol", "KioskSync", "TestScheduling", "AuditTrail",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "KioskAppTests",
            dependencies: ["KioskApp", "IdentityCore", "QRCode", "Screen", "Services", "ScreenTestSupport", "StringCatalog", "BidiText"],
            exclude: ["Snapshots"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "KioskRuntimeTests",
            dependencies: [
                "KioskRuntime", "KioskApp", "KioskStore", "KioskSync", "SyntheticRegistry", "Terminal", "Screen", "IdentityCore", "Services", "QRCode", "TestScheduling", "ScreenTestSupport", "StringCatalog",
                "ProvincialTrust", .product(name: "Crypto", package: "swift-crypto"), .product(name: "GRDB", package: "GRDB.swift"),
                "OperatorAccounts", "KhyberVocabulary", "AuditTrail",
            ],
            exclude: ["Screens"],
            swiftSettings: strict
        ),
        .testTarget(name: "KioskCLITests", dependencies: ["IdentityCore", "QRCode", "ChildProcesses", "TestScheduling", "BidiText", "Screen"], swiftSettings: strict),
        .testTarget(name: "SyncProtocolTests", dependencies: ["SyncProtocol"], swiftSettings: strict),
        .testTarget(
            name: "RequestSigningTests", dependencies: ["RequestSigning", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "OperatorAccountsTests", dependencies: ["OperatorAccounts", "ProvincialTrust", "IdentityCore"], swiftSettings: strict
        ),
        .testTarget(name: "KhyberVocabularyTests", dependencies: ["KhyberVocabulary"], swiftSettings: strict),
        .testTarget(
            name: "AuditTrailTests", dependencies: ["AuditTrail", "IdentityCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CentralStoreTests",
            dependencies: [
                "CentralStore", "SyncProtocol", "TestScheduling", "ProvincialTrust",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CentralServiceTests",
            dependencies: [
                "CentralService", "CentralStore", "SyncProtocol", "TestScheduling", "Services",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SyncTests",
            dependencies: [
                "KioskSync", "KioskStore", "SyncProtocol", "CentralStore", "IdentityCore", "Services", "SyntheticRegistry", "ChildProcesses", "TestScheduling",
                "ProvincialTrust", "KioskRuntime", "KioskApp", "RequestSigning", .product(name: "Crypto", package: "swift-crypto"),
                "OperatorAccounts", "KhyberVocabulary", "AuditTrail", "FieldBundle", "Terminal", "Screen", "StringCatalog",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "FieldBundleTests",
            dependencies: ["FieldBundle", "SyncProtocol", "ProvincialTrust", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        // Urdu and Pashto drawn by the kiosk itself: shaping and visual order (FriBidi), per field.
        .target(name: "BidiText", dependencies: ["CFriBidi"], swiftSettings: strict),
        // Every word on the citizen's screens, one file per language in Assets/strings; their checker.
        .target(name: "StringCatalog", swiftSettings: strict),
        .testTarget(name: "BidiTextTests", dependencies: ["BidiText", "Screen", "TestScheduling"], swiftSettings: strict),
        .testTarget(name: "StringCatalogTests", dependencies: ["StringCatalog"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
