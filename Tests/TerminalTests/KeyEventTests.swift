import CNcursesw
import Screen
import Terminal
import Testing

@Suite("Key events")
struct KeyEventTests {
    @Test(arguments: [
        (13, KeyEvent.enter), (10, .enter), (9, .tab), (127, .backspace), (8, .backspace),
        (27, .escape), (3, .control("c")), (26, .control("z")), (28, .control("\\")),
        (1, .control("a")), (0, .control("@")), (0x35, .character("5")), (0x639, .character("ع")),
    ] as [(UInt32, KeyEvent)])
    func characterCodes(code: UInt32, expected: KeyEvent) {
        #expect(KeyEvent.fromCharacterCode(code) == expected)
    }

    @Test func c1AndInvalidCodesAreDropped() {
        #expect(KeyEvent.fromCharacterCode(0x9B) == nil)
        #expect(KeyEvent.fromCharacterCode(0xD800) == nil)
    }

    @Test func ncursesKeyCodes() {
        #expect(NcursesKeyMap.event(forKeyCode: KEY_UP) == .up)
        #expect(NcursesKeyMap.event(forKeyCode: KEY_NPAGE) == .pageDown)
        #expect(NcursesKeyMap.event(forKeyCode: KEY_C3) == .pageDown)
        #expect(NcursesKeyMap.event(forKeyCode: KEY_DC) == .delete)
        #expect(NcursesKeyMap.event(forKeyCode: KEY_BACKSPACE) == .backspace)
        #expect(NcursesKeyMap.event(forKeyCode: kp_key_f(5)) == .function(5))
        #expect(NcursesKeyMap.event(forKeyCode: KEY_MOUSE) == nil)
    }

    @Test func wgetWchStatusDecidesKeyCodeOrCharacter() {
        let code = UInt32(KEY_LEFT)
        #expect(NcursesKeyMap.event(status: kp_key_code_yes(), value: code) == .left)
        #expect(NcursesKeyMap.event(status: OK, value: 0x62) == .character("b"))
        #expect(NcursesKeyMap.event(status: ERR, value: 0x62) == nil)
    }
}
