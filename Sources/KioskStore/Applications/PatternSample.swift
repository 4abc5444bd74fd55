import Foundation

/// Makes a text that matches a simple regular expression, for generated form answers: literals,
/// `\d \w \s` and escaped characters, `[…]` classes with ranges, `(…|…)` groups, `? * + {n} {n,m}`,
/// and the anchors `^ $`. Anything else gives nil (the caller then checks with the validator anyway).
struct PatternSample {
    private let pattern: [Character]
    private var position = 0

    /// A text matching `pattern`, drawn with `random`; nil for a pattern beyond this subset.
    static func make(_ pattern: String, using random: inout some RandomNumberGenerator) -> String? {
        var parser = PatternSample(pattern: Array(pattern))
        guard let node = parser.alternation(), parser.position == parser.pattern.count else { return nil }
        var output = ""
        node.emit(into: &output, random: &random)
        return output
    }

    private init(pattern: [Character]) { self.pattern = pattern }

    private indirect enum Node {
        case characters([Character])
        case sequence([Node])
        case choice([Node])
        case repeated(Node, Int, Int)

        func emit(into output: inout String, random: inout some RandomNumberGenerator) {
            switch self {
            case .characters(let set): if let character = set.randomElement(using: &random) { output.append(character) }
            case .sequence(let nodes): for node in nodes { node.emit(into: &output, random: &random) }
            case .choice(let nodes): nodes.randomElement(using: &random)?.emit(into: &output, random: &random)
            case .repeated(let node, let low, let high):
                for _ in 0..<Int.random(in: low...high, using: &random) { node.emit(into: &output, random: &random) }
            }
        }
    }

    private static let digits = Array("0123456789")
    private static let word = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    private var peek: Character? { position < pattern.count ? pattern[position] : nil }

    private mutating func alternation() -> Node? {
        var branches: [Node] = []
        repeat {
            if peek == "|" { position += 1 }
            guard let branch = sequence() else { return nil }
            branches.append(branch)
        } while peek == "|"
        return branches.count == 1 ? branches[0] : .choice(branches)
    }

    private mutating func sequence() -> Node? {
        var nodes: [Node] = []
        while let character = peek, character != "|", character != ")" {
            if character == "^" || character == "$" { position += 1; continue }
            guard let atom = atom(), let quantified = quantifier(atom) else { return nil }
            nodes.append(quantified)
        }
        return .sequence(nodes)
    }

    private mutating func atom() -> Node? {
        guard let character = peek else { return nil }
        position += 1
        switch character {
        case "(":
            if peek == "?" { // (?:…)
                guard position + 1 < pattern.count, pattern[position + 1] == ":" else { return nil }
                position += 2
            }
            guard let inner = alternation(), peek == ")" else { return nil }
            position += 1
            return inner
        case "[": return characterClass()
        case "\\": return escape().map { .characters($0) }
        case ".": return .characters(PatternSample.word)
        case "*", "+", "?", "{", ")", "]": return nil
        default: return .characters([character])
        }
    }

    private mutating func escape() -> [Character]? {
        guard let character = peek else { return nil }
        position += 1
        switch character {
        case "d": return PatternSample.digits
        case "w": return PatternSample.word
        case "s": return [" "]
        case "D", "W", "S", "b", "B": return nil
        default: return [character]
        }
    }

    private mutating func characterClass() -> Node? {
        guard peek != "^" else { return nil }
        var set: [Character] = []
        while let character = peek, character != "]" {
            position += 1
            var low = character
            if character == "\\" {
                guard let escaped = escape() else { return nil }
                if escaped.count > 1 { set += escaped; continue }
                low = escaped[0]
            }
            if peek == "-", position + 1 < pattern.count, pattern[position + 1] != "]" {
                let high = pattern[position + 1]
                position += 2
                guard let lowValue = low.unicodeScalars.first?.value, let highValue = high.unicodeScalars.first?.value, lowValue <= highValue else { return nil }
                set += (lowValue...highValue).compactMap { Unicode.Scalar($0).map(Character.init) }
            } else {
                set.append(low)
            }
        }
        guard peek == "]", !set.isEmpty else { return nil }
        position += 1
        return .characters(set)
    }

    private mutating func quantifier(_ node: Node) -> Node? {
        switch peek {
        case "?": position += 1; return .repeated(node, 0, 1)
        case "*": position += 1; return .repeated(node, 0, 3)
        case "+": position += 1; return .repeated(node, 1, 4)
        case "{":
            position += 1
            var text = ""
            while let character = peek, character != "}" { text.append(character); position += 1 }
            guard peek == "}" else { return nil }
            position += 1
            let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let low = Int(parts[0]) else { return nil }
            let high = parts.count > 1 ? (parts[1].isEmpty ? low + 3 : Int(parts[1]) ?? -1) : low
            guard high >= low else { return nil }
            return .repeated(node, low, high)
        default: return node
        }
    }
}
