import BidiText
import Screen
import Testing

@Suite struct FieldOrderTests {
    @Test func latinTextIsLeftAlone() {
        #expect(BidiText.visual("Muhammad Irfan Khan") == "Muhammad Irfan Khan")
        #expect(!BidiText.needsWork("17301-•••••67-1"))
    }

    @Test func digitsInAnUrduFieldStayLeftToRight() {
        // "Fee: Rs 200" written in Urdu order: the number reads 200, not 002.
        let visual = BidiText.visual("فیس: 200 روپے", direction: .rightToLeft)
        #expect(visual.contains("200"))
        #expect(visual.hasSuffix("\u{FED3}"), "the first letter in logical order ends up rightmost: \(visual)")
    }

    @Test func anEnglishFieldKeepsItsLatinOnTheLeft() {
        let visual = BidiText.visual("Name: عرفان", direction: .leftToRight)
        #expect(visual.hasPrefix("Name: "))
        #expect(visual.unicodeScalars.last?.value == 0xFECB, "the ain that starts عرفان stands rightmost, in its initial form")
    }

    @Test func lettersNeverJoinAcrossAFieldBorder() {
        // Two fields drawn side by side are shaped one at a time: each keeps its own isolated or final forms.
        let first = BidiText.visual("ب", direction: .rightToLeft), second = BidiText.visual("ب", direction: .rightToLeft)
        #expect(first == "\u{FE8F}" && second == "\u{FE8F}", "isolated beh twice, not a joined pair")
        #expect(BidiText.visual("بب", direction: .rightToLeft) == "\u{FE90}\u{FE91}")
    }

    @Test func everyShapedCellIsOneColumn() {
        let name = "محمد عرفان خان", pashto = "پښتو ژبه"
        for text in [name, pashto, "لا الہ"] {
            let visual = BidiText.visual(text, direction: .rightToLeft)
            #expect(DisplayWidth.of(visual) == visual.count, "\(text) takes one column per character")
            #expect(visual.count <= text.count)
        }
    }
}

@Suite struct SentenceDirectionTests {
    @Test func aFieldWithUrduInItReadsAsAnUrduSentence() {
        // "Enter or Esc: back" in Urdu starts with Latin, yet it is an Urdu sentence: Enter stands rightmost.
        let visual = BidiText.visual("Enter یا Esc: واپس", direction: .rightToLeftWhenPresent)
        #expect(visual.hasSuffix("Enter"), "\(visual)")
        // A date inside an Urdu sentence needs its marks, or the bidi algorithm reads "Nov 2031 25".
        #expect(BidiText.visual("25 Nov 2031 تک کارآمد", direction: .rightToLeftWhenPresent).hasSuffix("Nov 2031 25"))
        let marked = BidiText.visual(BidiText.leftToRightData("25 Nov 2031") + " تک کارآمد", direction: .rightToLeftWhenPresent)
        #expect(marked.replacingOccurrences(of: "\u{200E}", with: "").hasSuffix(" 25 Nov 2031"), "\(marked)")
        #expect(BidiText.leftToRightData("عرفان") == "عرفان", "right-to-left values need no marks")
    }

    @Test func aFieldWithoutRightToLeftLettersStaysLeftToRight() {
        #expect(BidiText.visual("Ayesha Khan (17301-•••••67-1)", direction: .rightToLeftWhenPresent) == "Ayesha Khan (17301-•••••67-1)")
    }
}
