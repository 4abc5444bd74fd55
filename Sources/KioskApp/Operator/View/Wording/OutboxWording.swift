import Foundation

/// The words of Outbox and sync, from the string catalogs (`desk.outbox.*`). The central's reasons are shown
/// as it gave them.
enum OutboxWording {
    static func title(_ state: KioskState) -> String { state.text("desk.outbox.title") }
    static func legend(_ state: KioskState) -> String { state.text("desk.outbox.legend") }
    static func loading(_ state: KioskState) -> String { state.text("desk.outbox.loading") }
    static func empty(_ state: KioskState) -> String { state.text("desk.outbox.empty") }

    static func link(_ badge: ConnectionBadge, _ state: KioskState) -> String {
        let link: String
        switch badge.link {
        case .standalone: link = state.text("desk.outbox.standalone")
        case .offline: link = state.text("desk.outbox.offline")
        case .online: link = state.text("desk.outbox.online")
        }
        let synced = badge.lastSync.map { state.text("desk.outbox.lastSync", ["time": PakistanTime.dateAndTime($0)]) }
            ?? state.text("desk.outbox.neverSynced")
        return link + " " + synced
    }

    static func counts(_ badge: ConnectionBadge, _ state: KioskState) -> String {
        let values = ["pending": String(badge.pending), "failed": String(badge.failed)]
        guard let oldest = badge.oldestPending else { return state.text("desk.outbox.counts", values) }
        return state.text("desk.outbox.countsOldest", values.merging(["age": state.duration(state.now.timeIntervalSince(oldest))]) { $1 })
    }

    /// The central's refusal in plain words: `conflict: …` and `rejected: …` become "refused: …".
    static func refusal(_ reason: String, _ state: KioskState) -> String {
        for prefix in ["conflict: ", "rejected: "] where reason.hasPrefix(prefix) {
            return state.text("desk.outbox.refused", ["reason": String(reason.dropFirst(prefix.count))])
        }
        return state.text("desk.outbox.refused", ["reason": reason])
    }

    static func row(_ number: Int, _ row: OutboxRow, _ state: KioskState) -> String {
        let what = row.tracking.map { state.text("desk.outbox.application", ["tracking": $0]) } ?? row.kind
        let waiting = state.text("desk.outbox.waiting", [
            "age": state.duration(state.now.timeIntervalSince(row.createdAt)), "tries": String(row.attempts),
        ])
        return "\(number)  \(what)  " + (row.refusal.map { refusal($0, state) } ?? waiting)
    }

    static func note(_ note: OutboxNote, _ state: KioskState) -> String {
        switch note {
        case .retried: state.text("desk.outbox.retried")
        case .notRefused: state.text("desk.outbox.notRefused")
        case .failed(let why): state.text("desk.outbox.failed", ["reason": why])
        }
    }
}
