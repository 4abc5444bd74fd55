/// One name as people write it: several Latin spellings (the first the most common) and its Urdu form.
public struct NameEntry: Sendable, Hashable {
    /// Latin spellings, most common first (`Muhammad`, `Mohammad`, `Muhammed`, …).
    public let latinSpellings: [String]
    public let urdu: String

    /// Parses `"Muhammad|Mohammad|Muhammed=محمد"`.
    init(_ line: String) {
        let halves = line.split(separator: "=", maxSplits: 1)
        precondition(halves.count == 2, "name line without '=': \(line)")
        latinSpellings = halves[0].split(separator: "|").map(String.init)
        urdu = String(halves[1])
    }

    /// The usual spelling most of the time, a variant now and then, as clerks wrote it.
    func latin(using random: inout SplitMix64) -> String {
        guard latinSpellings.count > 1, random.chance(0.3) else { return latinSpellings[0] }
        return latinSpellings[1 + random.below(latinSpellings.count - 1)]
    }
}
