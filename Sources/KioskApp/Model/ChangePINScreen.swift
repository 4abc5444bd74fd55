import Foundation
import IdentityCore

/// Change PIN on the citizen's Home: the old PIN, then the new one twice; only dots are shown.
public struct ChangePINScreen: Equatable, Sendable {
    /// The old PIN typed.
    public var old: String
    /// The new PIN, first entry.
    public var first: String
    /// The new PIN again.
    public var second: String
    /// Which entry is typed, or saving.
    public var stage: ChangePINStage
    /// What was wrong last.
    public var note: ChangePINNote?

    /// An empty Change PIN screen on the old PIN.
    public init(stage: ChangePINStage = .old, note: ChangePINNote? = nil) {
        self.old = ""
        self.first = ""
        self.second = ""
        self.stage = stage
        self.note = note
    }
}

/// Where Change PIN is.
public enum ChangePINStage: Equatable, Sendable {
    case old
    case first
    case second
    /// Waiting for `.pinChangeAnswered`.
    case saving
    /// Changed: Enter goes Home.
    case done
}

/// Why the change did not go through (yet).
public enum ChangePINNote: Equatable, Sendable {
    case weak(PINStrength.Weakness)
    case different
    /// The old PIN was wrong; tries left.
    case wrongOld(triesLeft: Int)
    /// The store refused, with its words.
    case refused(String)
}

/// What the runner says about a PIN change.
public enum PINChangeOutcome: Equatable, Sendable {
    case changed
    case wrongOld(triesLeft: Int)
    case locked(until: Date)
    /// Refused (e.g. a weak PIN the runner caught), in plain words.
    case refused(String)
}
