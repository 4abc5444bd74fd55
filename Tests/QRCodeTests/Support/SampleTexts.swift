import QRCode

/// Deterministic alphanumeric texts shaped like Khyber Pass payloads.
enum SampleTexts {
    /// `count` characters of the Base45 alphabet (which is the QR alphanumeric set), spread pseudo-randomly.
    static func base45(count: Int, seed: UInt64 = 0x4B50) -> String {
        let alphabet = Array(QRAlphanumeric.characters)
        var state = seed
        return String((0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return alphabet[Int(state >> 33) % alphabet.count]
        })
    }

    /// `KP:` followed by `count` Base45 characters.
    static func pass(payloadCount: Int, seed: UInt64 = 0x4B50) -> String {
        "KP:" + base45(count: payloadCount, seed: seed)
    }
}
