import Dispatch
import Foundation
import IdentityCore
import KioskApp
import KioskRuntime
import Screen
import Synchronization
import TestScheduling
import Testing

/// A sync engine stand-in that only counts nudges (the engine itself is tested in SyncTests).
final class NudgeCounter: SyncNudging {
    let count = Mutex(0)
    func requestSync() { count.withLock { $0 += 1 } }
}

/// The loop's own decisions, with the real runner on a real registry.
@Suite(.cpuBound) struct KioskLoopTests {
    @Test func theScreenKeepsDrawingWhileAnEffectIsSlow() async throws {
        // The operator password check (a slow hash in real life) blocks until the test lets it go.
        let release = DispatchSemaphore(value: 0)
        let kiosk = try SessionHarness(adjust: { environment in
            environment.checkOperatorPassword = { password in
                release.wait()
                return password == "kiosk-operator"
            }
        })
        kiosk.pressWithoutWaiting(.control("x"))
        kiosk.pressWithoutWaiting(.control("q"))
        for key in "kiosk-operator" { kiosk.pressWithoutWaiting(.character(key)) }
        kiosk.pressWithoutWaiting(.enter)
        // The check is running and has not answered; keys and resizes still go through and are drawn.
        kiosk.loop.feed(.resize(TerminalSize(width: 100, height: 30)), at: .now)
        kiosk.loop.draw()
        #expect(kiosk.terminal.size == TerminalSize(width: 80, height: 24), "the in-memory glass keeps its size")
        #expect(kiosk.loop.state.size == TerminalSize(width: 100, height: 30), "the resize was taken while the check ran")
        #expect(!kiosk.loop.hasQuit)
        release.signal()
        await kiosk.loop.settle()
        #expect(kiosk.loop.hasQuit, "the right password, answered later, quits")
    }

    @Test func fiveWrongPINsLockTheCitizenInTheRegistry() async throws {
        let kiosk = try SessionHarness()
        await kiosk.type(CitizenSessionTests.irfan + "\n")
        for attempt in 1...4 {
            await kiosk.type("0000\n")
            #expect(kiosk.text.contains("Wrong PIN"), "attempt \(attempt)")
        }
        await kiosk.type("0000\n")
        let stored = try #require(try kiosk.registry.pinCredential(for: CNIC(CitizenSessionTests.irfan)))
        #expect(stored.lockedUntil != nil, "the lock is saved, not only shown")
        #expect(!kiosk.text.contains("Muhammad Irfan Khan"), "the session ended")
        // Even the right PIN is refused now: the lock lives in the registry.
        await kiosk.press(.enter)
        await kiosk.type(CitizenSessionTests.irfan + "\n1357\n")
        #expect(!kiosk.text.contains("What would you like to do?"))
    }

    @Test func aSavedApplicationNudgesSyncOnce() async throws {
        let nudges = NudgeCounter()
        let kiosk = try SessionHarness(sync: nudges)
        await kiosk.type(CitizenSessionTests.irfan + "\n1357\n2")
        await kiosk.type("1")
        await kiosk.press(.enter)
        await kiosk.type("2\t20100301\n")
        await kiosk.type("17301-7654321-3\t17301-7654322-4\t1\t4512345\n2\t2\n1\n")
        await kiosk.press(.enter)
        #expect(nudges.count.withLock { $0 } == 0, "nothing saved yet")
        await kiosk.type("1\n")
        #expect(kiosk.text.contains("Application saved"))
        #expect(nudges.count.withLock { $0 } == 1)
    }

    @Test func aStopRequestWipesAndQuits() async throws {
        let stop = Mutex(false)
        let kiosk = try SessionHarness(stopRequested: { stop.withLock { $0 } })
        await kiosk.type(CitizenSessionTests.irfan + "\n1357\n")
        #expect(kiosk.text.contains("Muhammad Irfan Khan"))
        stop.withLock { $0 = true }
        kiosk.loop.runRound(waitMilliseconds: 0)
        #expect(kiosk.loop.hasQuit)
        #expect(kiosk.terminal.wipeCount == 1)
        #expect(!kiosk.text.contains("Irfan"), "nothing of the session stays on the glass")
    }

    @Test func aPostFromAnotherThreadIsTakenInOrder() async throws {
        let kiosk = try SessionHarness()
        let badge = ConnectionBadge(link: .online, pending: 0, oldestPending: nil, failed: 0, lastSync: SessionHarness.start, warnAfter: 3600)
        let inbox = kiosk.loop.inbox
        await Task.detached { inbox.post(.connectionChanged(badge)) }.value
        var ready = pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 0) == 1, "the post made the wake pipe readable")
        kiosk.loop.runRound(waitMilliseconds: 0)
        #expect(kiosk.loop.state.connection == badge)
        #expect(kiosk.text.contains("Online"))
        ready.revents = 0
        #expect(poll(&ready, 1, 0) == 0, "taking the events emptied the pipe")
    }

    @Test func aFastEffectGoesFromKeyToResultInOneFrame() async throws {
        // A grace far longer than a registry lookup, so a loaded machine cannot make this flaky.
        let kiosk = try SessionHarness(drawGraceMilliseconds: 5_000)
        await kiosk.type(CitizenSessionTests.irfan)
        let drawsBefore = kiosk.terminal.drawCount
        kiosk.terminal.enqueue(.enter)
        kiosk.loop.runRound(waitMilliseconds: 0)
        #expect(kiosk.terminal.drawCount == drawsBefore + 1, "one frame for the key and the lookup's answer")
        #expect(kiosk.text.contains("PIN"), "that frame already asks for the PIN")
        #expect(kiosk.loop.inbox.effectsUnanswered == 0)
    }

    @Test func aSlowEffectShowsItsWaitOnceTheGraceIsOver() async throws {
        let release = DispatchSemaphore(value: 0)
        let kiosk = try SessionHarness(drawGraceMilliseconds: 20, adjust: { environment in
            environment.checkOperatorPassword = { password in
                release.wait()
                return password == "kiosk-operator"
            }
        })
        kiosk.pressWithoutWaiting(.control("x"))
        kiosk.pressWithoutWaiting(.control("q"))
        for key in "kiosk-operator" { kiosk.pressWithoutWaiting(.character(key)) }
        let drawsBefore = kiosk.terminal.drawCount
        kiosk.terminal.enqueue(.enter)
        let started = ContinuousClock.now
        kiosk.loop.runRound(waitMilliseconds: 0)
        let waited = started.duration(to: .now)
        #expect(kiosk.terminal.drawCount == drawsBefore + 1, "the round drew although the check had not answered")
        #expect(waited >= .milliseconds(20), "it waited out the grace first")
        #expect(!kiosk.loop.hasQuit)
        #expect(kiosk.loop.inbox.effectsUnanswered == 1)
        release.signal()
        await kiosk.loop.settle()
        #expect(kiosk.loop.hasQuit)
        #expect(kiosk.loop.inbox.effectsUnanswered == 0)
    }
}
