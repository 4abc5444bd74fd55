import BidiText
import Foundation
import TestScheduling
import Testing

/// FriBidi's output for words that exercise Arabic-script joining in Urdu and Pashto, in a right-to-left
/// field: the expected code points are FriBidi's own (`fribidi --rtl --nopad`, recorded here as goldens),
/// and the test also asks the `fribidi` command itself, when it is installed, as an independent reference.
@Suite(.offCooperativePool) struct ShapingGoldenTests {
    struct Golden: Sendable, CustomStringConvertible {
        let word: String
        let visual: [UInt32]
        var description: String { word }
    }

    static let goldens: [Golden] = [
        Golden(word: "لا", visual: [0xFEFB]),                           // lam-alef ligature, its U+FEFF filler removed
        Golden(word: "سلام", visual: [0xFEE1, 0xFEFC, 0xFEB3]),  // lam-alef inside a word: final ligature
        Golden(word: "میں", visual: [0xFB9F, 0xFBFF, 0xFEE3]),          // noon ghunna ں, final
        Golden(word: "ں", visual: [0xFB9E]),
        Golden(word: "بے", visual: [0xFBAF, 0xFE91]),                   // yeh barree ے, final
        Golden(word: "ے", visual: [0xFBAE]),
        Golden(word: "کہ", visual: [0xFBA7, 0xFB90]),                   // heh goal ہ, final; keheh ک initial
        Golden(word: "ہم", visual: [0xFEE2, 0xFBA8]),                   // heh goal, initial
        Golden(word: "یہی", visual: [0xFBFD, 0xFBA9, 0xFBFE]),          // heh goal medial, farsi yeh initial and final
        Golden(word: "کھا", visual: [0xFE8E, 0xFBAD, 0xFB90]),          // heh doachashmee ھ, medial
        Golden(word: "ھ", visual: [0xFBAA]),
        Golden(word: "ی", visual: [0xFBFC]),
        Golden(word: "کک", visual: [0xFB8F, 0xFB90]),
        Golden(word: "گگ", visual: [0xFB93, 0xFB94]),
        Golden(word: "ېې", visual: [0xFBE5, 0xFBE6]),                   // Pashto ې: has presentation forms
        // Pashto letters without presentation forms in Unicode: FriBidi leaves them as they are.
        Golden(word: "ټټ", visual: [0x067C, 0x067C]),
        Golden(word: "ډ", visual: [0x0689]),
        Golden(word: "ړ", visual: [0x0693]),
        Golden(word: "ږ", visual: [0x0696]),
        Golden(word: "ښښ", visual: [0x069A, 0x069A]),
        Golden(word: "ګګ", visual: [0x06AB, 0x06AB]),
        Golden(word: "ڼڼ", visual: [0x06BC, 0x06BC]),
        Golden(word: "ۍ", visual: [0x06CD]),
        // A name: three words, right to left, each letter in its joining form.
        Golden(word: "محمد عرفان خان", visual: [
            0xFEE5, 0xFE8E, 0xFEA7, 0x20, 0xFEE5, 0xFE8E, 0xFED3, 0xFEAE, 0xFECB, 0x20, 0xFEAA, 0xFEE4, 0xFEA4, 0xFEE3,
        ]),
    ]

    @Test(arguments: goldens)
    func shapesAndReordersLikeFriBidi(golden: Golden) {
        let visual = BidiText.visual(golden.word, direction: .rightToLeft)
        #expect(visual.unicodeScalars.map(\.value) == golden.visual, "\(golden.word): \(hex(visual))")
        #expect(!visual.unicodeScalars.contains("\u{FEFF}"), "no zero-width filler left behind")
    }

    @Test(arguments: goldens)
    func agreesWithTheFribidiCommand(golden: Golden) throws {
        let command = "/usr/bin/fribidi"
        try #require(FileManager.default.isExecutableFile(atPath: command), "fribidi missing: apt-get install libfribidi-bin (make test does)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = ["--nopad", "--rtl", "--charset", "UTF-8"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data((golden.word + "\n").utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let reference = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines).replacingOccurrences(of: "\u{FEFF}", with: "")
        #expect(BidiText.visual(golden.word, direction: .rightToLeft) == reference)
    }

    private func hex(_ text: String) -> String { text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
}
