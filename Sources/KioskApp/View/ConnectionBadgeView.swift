import Foundation

/// The header's connection badge in words, from the most detailed that fits down to one word:
/// `Online · all sent · synced 14:03`, `Offline · 3 to send · oldest 2 h · synced 11:02`.
enum ConnectionBadgeView {
    /// Texts to try, longest first (before the glyph mode's dot or brackets).
    static func variants(_ badge: ConnectionBadge, now: Date) -> [String] {
        let link: String
        switch badge.link {
        case .standalone: return ["Offline"]
        case .offline: link = "Offline"
        case .online: link = "Online"
        }
        if badge.storageProblem {
            return [[link, "storage problem · ask staff"].joined(separator: " · "), [link, "storage problem"].joined(separator: " · "), "Storage problem"]
        }
        let waiting = badge.pending == 0 ? "all sent" : "\(badge.pending) to send"
        let age = badge.oldestPending.map { "oldest " + duration(now.timeIntervalSince($0)) + (badge.isOverdue(at: now) ? "!" : "") }
        let synced = badge.lastSync.map { "synced " + PakistanTime.time($0) } ?? "never synced"
        let failed = badge.failed > 0 ? "\(badge.failed) need operator" : nil
        let full = [link, waiting, age, failed, synced].compactMap { $0 }.joined(separator: " · ")
        let noSync = [link, waiting, age, failed].compactMap { $0 }.joined(separator: " · ")
        let short = [link, badge.pending == 0 ? nil : "\(badge.pending) to send"].compactMap { $0 }.joined(separator: " · ")
        return [full, noSync, short, link]
    }

    /// `45 s`, `12 min`, `5 h`, `3 d`.
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = max(0, Int(seconds))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min" }
        if whole < 2 * 86_400 { return "\(whole / 3600) h" }
        return "\(whole / 86_400) d"
    }
}
