import Foundation

/// Spelling-tolerant keys for personal names, so Muhammad, Mohammad and Muhammed are one name.
///
/// A Latin word becomes a consonant skeleton: lowercase; the digraphs sh kh gh ch zh th dh become
/// the digits 1…7 and ph becomes f; q→k, v→w, c/ck→k, x→ks; the first letter is kept (a leading
/// vowel becomes `a`); later vowels and y/w are dropped, so is a final h after a vowel; a letter
/// doubled in the spelling counts once; mohd/md/muhd/mhd stand for muhammad.
/// An Urdu word is normalised: harakat, tatweel and joiners removed, Arabic letter forms mapped to
/// the Urdu ones (ي ى→ی, ك→ک, ه ة ۀ→ہ, أ إ آ ٱ→ا).
///
/// Keys are made of `a`–`z`, `0`–`9` (Latin) or Arabic-script letters (Urdu), never spaces or
/// punctuation, so they are safe as full-text tokens.
public enum NameKey {
    /// The writing system a word was typed in.
    public enum Script: Sendable, Hashable {
        case latin
        case urdu
    }

    /// One word of a name: its comparable spelling and its key.
    public struct Word: Sendable, Hashable {
        /// Latin: lowercase ASCII letters. Urdu: the normalised word.
        public let spelling: String
        /// Latin: the consonant skeleton. Urdu: the normalised word again.
        public let key: String
        public let script: Script
    }

    /// Splits a name into words (anything that is not a letter separates words) with their keys.
    public static func words(in text: String) -> [Word] {
        var result: [Word] = []
        forEachWord(in: text) { result.append($0) }
        return result
    }

    /// The keys of every word, separated by single spaces: the text a full-text index stores.
    public static func indexText(of text: String) -> String {
        var output = ""
        forEachWord(in: text) { word in
            if !output.isEmpty { output.append(" ") }
            output.append(word.key)
        }
        return output
    }

    /// The consonant skeleton of one Latin word (`"Mohammed"` → `"mhmd"`); empty when it has no letter.
    public static func latinKey(_ word: String) -> String {
        let letters = asciiLetters(of: word)
        return String(decoding: skeleton(of: letters), as: UTF8.self)
    }

    /// One Urdu word with harakat, tatweel and joiners removed and Arabic letter forms made Urdu.
    public static func normalisedUrdu(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if let mapped = urduScalar(scalar) { scalars.append(mapped) }
        }
        return String(scalars)
    }

    // MARK: - Splitting

    private static func forEachWord(in text: String, _ body: (Word) -> Void) {
        var latin: [UInt8] = []
        var urdu = String.UnicodeScalarView()
        func flush() {
            if !latin.isEmpty {
                let key = skeleton(of: expandAbbreviation(latin))
                body(Word(spelling: String(decoding: latin, as: UTF8.self), key: String(decoding: key, as: UTF8.self), script: .latin))
                latin.removeAll(keepingCapacity: true)
            }
            if !urdu.isEmpty {
                let word = String(urdu)
                body(Word(spelling: word, key: word, script: .urdu))
                urdu = String.UnicodeScalarView()
            }
        }
        let source = needsCompatibilityMapping(text) ? text.precomposedStringWithCompatibilityMapping : text
        for scalar in source.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if byte >= 0x61 && byte <= 0x7A {
                    if !urdu.isEmpty { flush() }
                    latin.append(byte)
                } else if byte >= 0x41 && byte <= 0x5A {
                    if !urdu.isEmpty { flush() }
                    latin.append(byte + 0x20)
                } else if byte == 0x27 && !latin.isEmpty {
                    continue // O'Neil, Ba'ber: the apostrophe is part of the word
                } else {
                    flush()
                }
            } else if isArabicScript(value) {
                if !latin.isEmpty { flush() }
                if let mapped = urduScalar(scalar) {
                    if isArabicLetter(mapped.value) { urdu.append(mapped) } else { flush() }
                }
            } else if value == 0x200C || value == 0x200D || value == 0x200E || value == 0x200F || value == 0x2019 {
                continue // joiners, direction marks and the typographic apostrophe do not split words
            } else if scalar.properties.isAlphabetic {
                let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                let ascii = folded.utf8.filter { $0 >= 0x61 && $0 <= 0x7A }
                if ascii.isEmpty { flush() } else {
                    if !urdu.isEmpty { flush() }
                    latin.append(contentsOf: ascii)
                }
            } else {
                flush()
            }
        }
        flush()
    }

    private static func needsCompatibilityMapping(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0xFB50 && $0.value <= 0xFEFF }
    }

    private static func asciiLetters(of word: String) -> [UInt8] {
        var letters: [UInt8] = []
        forEachWord(in: word) { if $0.script == .latin && letters.isEmpty { letters = Array($0.spelling.utf8) } }
        return expandAbbreviation(letters)
    }

    // MARK: - Latin skeleton

    private static let muhammad: [UInt8] = Array("muhammad".utf8)
    private static let abbreviationsOfMuhammad: Set<[UInt8]> = [Array("mohd".utf8), Array("md".utf8), Array("muhd".utf8), Array("mhd".utf8)]

    private static func expandAbbreviation(_ letters: [UInt8]) -> [UInt8] {
        letters.count <= 4 && abbreviationsOfMuhammad.contains(letters) ? muhammad : letters
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 // a e i o u
    }

    /// Letters → sound symbols: digraphs to one symbol, q→k, v→w, c→k, x→ks.
    private static func symbols(of letters: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next: UInt8 = index + 1 < letters.count ? letters[index + 1] : 0
            if next == 0x68 /* h */, let digraph = digraphSymbol(letter) {
                output.append(digraph)
                index += 2
                continue
            }
            switch letter {
            case 0x63: // c, ck
                output.append(0x6B)
                index += next == 0x6B ? 2 : 1
                continue
            case 0x71: output.append(0x6B) // q → k
            case 0x76: output.append(0x77) // v → w
            case 0x78: output.append(contentsOf: [0x6B, 0x73]) // x → ks
            default: output.append(letter)
            }
            index += 1
        }
        return output
    }

    private static func digraphSymbol(_ letter: UInt8) -> UInt8? {
        switch letter {
        case 0x73: 0x31 // sh → 1
        case 0x6B: 0x32 // kh → 2
        case 0x67: 0x33 // gh → 3
        case 0x63: 0x34 // ch → 4
        case 0x7A: 0x35 // zh → 5
        case 0x74: 0x36 // th → 6
        case 0x64: 0x37 // dh → 7
        case 0x70: 0x66 // ph → f
        default: nil
        }
    }

    private static func skeleton(of letters: [UInt8]) -> [UInt8] {
        let stream = symbols(of: letters)
        guard let first = stream.first else { return [] }
        var key: [UInt8] = [isVowel(first) ? 0x61 : first]
        for index in 1..<stream.count {
            let symbol = stream[index]
            let previous = stream[index - 1]
            if isVowel(symbol) || symbol == 0x79 || symbol == 0x77 { continue } // vowels, y, w
            if symbol == 0x68 && index == stream.count - 1 && isVowel(previous) { continue } // final h after a vowel
            if symbol == previous { continue } // a doubled letter counts once
            key.append(symbol)
        }
        return key
    }

    // MARK: - Urdu normalisation

    private static func isArabicScript(_ value: UInt32) -> Bool {
        (0x0600...0x06FF).contains(value) || (0x0750...0x077F).contains(value) || (0x08A0...0x08FF).contains(value)
    }

    private static func isArabicLetter(_ value: UInt32) -> Bool {
        (0x0620...0x064A).contains(value) || (0x066E...0x06D3).contains(value) || value == 0x06D5
            || (0x06EE...0x06EF).contains(value) || (0x06FA...0x06FF).contains(value)
            || (0x0750...0x077F).contains(value) || (0x08A0...0x08C9).contains(value)
    }

    /// Nil for marks that vanish; otherwise the Urdu form of the scalar.
    private static func urduScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x200C, 0x200D, 0x200E, 0x200F: nil
        case 0x064A, 0x0649: Unicode.Scalar(0x06CC) // ي ى → ی
        case 0x0643: Unicode.Scalar(0x06A9) // ك → ک
        case 0x0647, 0x0629, 0x06C0: Unicode.Scalar(0x06C1) // ه ة ۀ → ہ
        case 0x0622, 0x0623, 0x0625, 0x0671: Unicode.Scalar(0x0627) // آ أ إ ٱ → ا
        default: scalar
        }
    }
}
