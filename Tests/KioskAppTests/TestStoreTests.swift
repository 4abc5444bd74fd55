import Foundation
import KioskApp
import Screen
import Testing

/// The test store itself: an effect or a state change a test leaves unsaid fails it, and the
/// failure shows what differed.
@Suite struct TestStoreTests {
    @Test func anUnassertedEffectFails() {
        var store = TestStore(Journey.home())
        withKnownIssue("the .loadPass effect was not expected") {
            store.send(.key(.character("1")), expecting: []) { $0.screen = .myPass(.preparing) }
        } matching: { issue in
            issue.description.contains("Effects of") && issue.description.contains("+   .loadPass")
        }
    }

    @Test func anUnassertedStateChangeFails() {
        var store = TestStore(Journey.home())
        withKnownIssue("the screen change was not expected") {
            store.send(.key(.character("1")), expecting: [.loadPass(Fixture.cnic)])
        } matching: { issue in
            issue.description.contains("State after") && issue.description.contains("myPass")
        }
    }

    @Test func theDiffNamesTheFieldThatDiffers() {
        var expected = Fixture.state()
        var actual = expected
        expected.welcome?.entry = CNICEntry(digits: "173")
        actual.welcome?.entry = CNICEntry(digits: "174")
        let diff = StateDiff.lines(expected: expected, actual: actual)
        #expect(diff.contains("− ") && diff.contains("+ "), "\(diff)")
        #expect(diff.contains("\"173\"") && diff.contains("\"174\""), "\(diff)")
        #expect(!diff.contains("settings"), "unchanged fields far from the change are left out: \(diff)")
    }

    @Test func invisibleCharactersAreSpelledOut() {
        let diff = StateDiff.lines(expected: ["a": "Ali Khan"], actual: ["a": "Ali \u{200B}Khan"])
        #expect(diff.contains("\\u{200B}"), "\(diff)")
    }
}
