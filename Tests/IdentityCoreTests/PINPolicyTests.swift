import Foundation
import TestScheduling
import Testing
@testable import IdentityCore

@Suite("PIN", .cpuBound)
struct PINPolicyTests {
    /// A low scrypt cost keeps the test quick; the production default is checked separately.
    func credential(_ pin: String) throws -> PINCredential {
        try PINCredential.make(pin: pin, salt: Data(repeating: 7, count: 16), costLog2: 4)
    }

    @Test func hashIsSaltedAndNeverThePIN() throws {
        let a = try PINCredential.make(pin: "1357", costLog2: 4)
        let b = try PINCredential.make(pin: "1357", costLog2: 4)
        #expect(a.hash != b.hash, "fresh salts must give different hashes")
        #expect(a.salt.count == 16 && a.hash.count == 32)
        #expect(!a.hash.contains(Data("1357".utf8)))
        #expect(a.matches("1357") && !a.matches("1358") && !a.matches(""))
        #expect(PINCredential.defaultCostLog2 >= 14)
    }

    @Test func fiveWrongTriesLockForFifteenMinutes() throws {
        let policy = PINPolicy()
        var state: PINCredential? = try credential("2468")
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var outcomes: [PINPolicy.Outcome] = []
        for attempt in 0..<5 {
            let (outcome, next) = policy.check("0000", against: state, now: start.addingTimeInterval(Double(attempt)))
            outcomes.append(outcome)
            state = next
        }
        #expect(outcomes.prefix(4) == [.wrong(triesLeft: 4), .wrong(triesLeft: 3), .wrong(triesLeft: 2), .wrong(triesLeft: 1)])
        let lockedUntil = start.addingTimeInterval(4 + 15 * 60)
        #expect(outcomes[4] == .locked(until: lockedUntil))
        // Even the right PIN is refused while locked.
        #expect(policy.check("2468", against: state, now: start.addingTimeInterval(60)).0 == .locked(until: lockedUntil))
        // After the lock the right PIN works and the counter is reset.
        let (after, saved) = policy.check("2468", against: state, now: lockedUntil.addingTimeInterval(1))
        #expect(after == .accepted)
        #expect(saved?.failedAttempts == 0 && saved?.lockedUntil == nil)
    }

    @Test func rightPINResetsTheCounter() throws {
        let policy = PINPolicy()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let (_, once) = policy.check("9999", against: try credential("1357"), now: now)
        #expect(once?.failedAttempts == 1)
        let (outcome, reset) = policy.check("1357", against: once, now: now)
        #expect(outcome == .accepted && reset?.failedAttempts == 0)
        #expect(policy.check("1357", against: nil, now: now).0 == .noPIN)
    }
}
