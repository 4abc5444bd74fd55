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
        .executable(name: "khyber-bench", targets: ["khyber-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
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
        .target(
            name: "IdentityCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(name: "QRCode", dependencies: ["CQRencode"], swiftSettings: strict),
        .target(name: "Screen", swiftSettings: strict),
        .target(name: "Terminal", dependencies: ["Screen", "CNcursesw"], swiftSettings: strict),
        .target(
            name: "KioskStore",
            dependencies: [
                "IdentityCore", "Services",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(name: "Services", dependencies: ["IdentityCore", "Screen"], swiftSettings: strict),
        .target(name: "KioskApp", dependencies: ["IdentityCore", "QRCode", "Screen", "Services"], swiftSettings: strict),
        .target(name: "SyntheticRegistry", dependencies: ["IdentityCore"], swiftSettings: strict),
        .executableTarget(
            name: "khyber-kiosk",
            dependencies: [
                "IdentityCore", "QRCode", "KioskStore", "SyntheticRegistry", "KioskApp", "Screen", "Terminal", "Services",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "khyber-bench",
            dependencies: [
                "IdentityCore", "QRCode", "KioskStore", "SyntheticRegistry", "KioskApp", "Screen", "Terminal", "Services",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Benchmarks/khyber-bench",
            swiftSettings: strict
        ),
        .testTarget(name: "IdentityCoreTests", dependencies: ["IdentityCore"], swiftSettings: strict),
        .testTarget(name: "ServicesTests", dependencies: ["Services", "IdentityCore"], swiftSettings: strict),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode", "IdentityCore"], swiftSettings: strict),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Screen"], swiftSettings: strict),
        .testTarget(
            name: "KioskStoreTests",
            dependencies: [
                "KioskStore", "SyntheticRegistry", "IdentityCore", "Services",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "KioskAppTests",
            dependencies: ["KioskApp", "IdentityCore", "QRCode", "Screen", "Services"],
            exclude: ["Snapshots"],
            swiftSettings: strict
        ),
        .testTarget(name: "KioskCLITests", dependencies: ["IdentityCore", "QRCode"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
