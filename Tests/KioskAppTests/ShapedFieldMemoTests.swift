import BidiText
@testable import KioskApp
import Screen
import Testing

/// The screens' remembered fields and wrappings (`ShapedField.memo`, `TextWrap.memo`) give what working
/// them out afresh gives, for every text of every shipped catalog at the widths the screens use, and
/// stay within their limit.
@Suite struct ShapedFieldMemoTests {
    static let widths: [Int?] = [nil, 0, 1, 5, 12, 28, 40, 78, 118]

    static func catalogTexts() -> [String] {
        let strings = LanguageSnapshotTests.settings("ur").strings
        return strings.catalogs.flatMap { Array($0.texts.values) }
    }

    @Test func rememberedFieldsAreTheFreshOnes() {
        let texts = Self.catalogTexts()
        #expect(texts.count > 400, "all four catalogs (\(texts.count) texts)")
        for text in texts + ["Irfan\u{1B}[31m عرفان", "\u{202E}سلام", "محمد عرفان خان"] where BidiText.needsWork(text) {
            for width in Self.widths {
                let fresh = ShapedField.make(text, fittingIn: width)
                for _ in 0..<2 {
                    let remembered = ShapedField.of(text, fittingIn: width)
                    #expect(remembered.visual == fresh.visual && remembered.fitted == fresh.fitted && remembered.columns == fresh.columns, "\(text) at \(String(describing: width))")
                    #expect(remembered.columns == DisplayWidth.of(remembered.fitted))
                    if let width { #expect(remembered.columns <= width) }
                }
                #expect(Frame.field(text, fittingIn: width) == fresh.visual)
                #expect(!fresh.visual.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "sanitised before shaping")
            }
        }
    }

    @Test func rememberedWrappingsAreTheFreshOnes() {
        for text in Self.catalogTexts() {
            for width in [1, 6, 20, 37, 76] {
                let fresh = TextWrap.wrap(text, width: width)
                #expect(TextWrap.lines(text, width: width) == fresh, "\(text) at \(width)")
                #expect(TextWrap.lines(text, width: width) == fresh, "\(text) at \(width), remembered")
            }
        }
    }

    @Test func theMemosStayWithinTheirLimit() {
        for index in 0...(BidiText.memoLimit + 5) {
            _ = Frame.field("درخواست \(index)", fittingIn: 40)
            _ = TextWrap.lines("درخواست نمبر \(index) کی تفصیل", width: 10)
        }
        #expect(ShapedField.memo.count <= ShapedField.memo.limit)
        #expect(TextWrap.memo.count <= TextWrap.memo.limit)
        #expect(ShapedField.memo.limit == BidiText.memoLimit && TextWrap.memo.limit == BidiText.memoLimit)
    }
}
