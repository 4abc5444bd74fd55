import Foundation

/// The words of Outbox and sync.
enum OutboxWording {
    static let title = "Outbox and sync"
    static let legend = "Number: retry a refused one   0: more   F5: reload   Esc: menu"
    static let loading = "Reading the outbox"
    static let empty = "Nothing waits to be sent."

    static func link(_ badge: ConnectionBadge, now: Date) -> String {
        let link: String
        switch badge.link {
        case .standalone: link = "No central configured: this kiosk works alone."
        case .offline: link = "Offline: the central did not answer."
        case .online: link = "Online."
        }
        let synced = badge.lastSync.map { " Last sync \(PakistanTime.dateAndTime($0))." } ?? " Never synced."
        return link + synced
    }

    static func counts(_ badge: ConnectionBadge, now: Date) -> String {
        let oldest = badge.oldestPending.map { ", oldest \(ConnectionBadgeView.duration(now.timeIntervalSince($0)))" } ?? ""
        return "\(badge.pending) waiting to be sent\(oldest); \(badge.failed) refused by the central."
    }

    /// The central's refusal in plain words: `conflict: …` and `rejected: …` become "refused: …".
    static func refusal(_ reason: String) -> String {
        for prefix in ["conflict: ", "rejected: "] where reason.hasPrefix(prefix) {
            return "refused: " + reason.dropFirst(prefix.count)
        }
        return "refused: " + reason
    }

    static func row(_ number: Int, _ row: OutboxRow, now: Date) -> String {
        let what = row.tracking.map { "application \($0)" } ?? row.kind
        let state = row.refusal.map(refusal) ?? "waiting, \(ConnectionBadgeView.duration(now.timeIntervalSince(row.createdAt))), \(row.attempts) tries"
        return "\(number)  \(what)  \(state)"
    }

    static func note(_ note: OutboxNote) -> String {
        switch note {
        case .retried: "Put back in the queue; it is sent with the next sync."
        case .notRefused: "That one is waiting and is sent by itself; only refused ones are retried."
        case .failed(let why): "That did not work: \(why)"
        }
    }
}
