import Foundation
import KioskApp
import Screen
import Testing

@Suite struct ResizeTests {
    @Test(arguments: [(79, 24), (80, 23), (10, 3), (1, 1), (0, 0), (200, 5)])
    func tooSmallShowsOnlyTheMessage(width: Int, height: Int) {
        var store = TestStore(Journey.home())
        let size = TerminalSize(width: width, height: height)
        store.send(.resize(size), expecting: []) { $0.size = size }
        #expect(store.state.isTooSmall)
        let frame = store.frame
        #expect(frame.width == width && frame.height == height)
        #expect(!frame.text.contains("Assalam"))
        if width * height > 0 {
            #expect(frame.text.contains("8") || frame.text.contains("M"), "some of the message shows")
        }
    }

    @Test func keysWaitWhileTooSmallAndTheScreenComesBack() {
        var store = TestStore(Journey.home())
        store.send(.resize(TerminalSize(width: 60, height: 20)), expecting: []) { $0.size = TerminalSize(width: 60, height: 20) }
        #expect(store.state.size == TerminalSize(width: 60, height: 20))
        let effects = store.send(.key(.character("0")), expecting: [])
        #expect(effects == [])
        #expect(store.state.screen == .home(HomeScreen()))
        store.send(.resize(TerminalSize(width: 120, height: 40)), expecting: []) { $0.size = TerminalSize(width: 120, height: 40) }
        #expect(!store.state.isTooSmall)
        #expect(store.frame.text.contains("Assalam-o-Alaikum, Ayesha Khan"))
    }

    @Test func theMessageShortensToFit() {
        let wide = Kiosk.view(Self.sized(60, 5)).trimmedLines.joined()
        #expect(wide.contains("Please make the window at least 80×24"))
        let narrow = Kiosk.view(Self.sized(10, 3)).trimmedLines
        #expect(narrow.map { $0.trimmingCharacters(in: .whitespaces) } == ["Make the", "window", "80×24"])
    }

    static func sized(_ width: Int, _ height: Int) -> KioskState {
        Journey.reach(Fixture.state(), by: [.resize(TerminalSize(width: width, height: height))], expecting: [])
    }
}
