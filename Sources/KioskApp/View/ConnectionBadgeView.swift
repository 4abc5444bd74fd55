import Foundation

/// The header's connection badge in words, from the most detailed that fits down to one word:
/// `Online · all sent · synced 14:03`, `Offline · 3 to send · oldest 2 h · synced 11:02`.
enum ConnectionBadgeView {
    /// Texts to try, longest first (before the glyph mode's dot or brackets), in the session's language.
    static func variants(_ badge: ConnectionBadge, now: Date, _ state: KioskState) -> [String] {
        let link: String
        switch badge.link {
        case .standalone: return [state.text("header.offline")]
        case .offline: link = state.text("header.offline")
        case .online: link = state.text("header.online")
        }
        if badge.storageProblem {
            return [[link, state.text("header.storageProblem"), state.text("header.askStaff")].joined(separator: " · "),
                    [link, state.text("header.storageProblem")].joined(separator: " · "), state.text("header.storageProblemTitle")]
        }
        let toSend = state.text("header.toSend", ["count": "\(badge.pending)"])
        let waiting = badge.pending == 0 ? state.text("header.allSent") : toSend
        let age = badge.oldestPending.map {
            state.text("header.oldest", ["age": state.duration(now.timeIntervalSince($0)) + (badge.isOverdue(at: now) ? "!" : "")])
        }
        let synced = badge.lastSync.map { state.text("header.synced", ["time": PakistanTime.time($0)]) } ?? state.text("header.neverSynced")
        let failed = badge.failed > 0 ? state.text("header.needOperator", ["count": "\(badge.failed)"]) : nil
        let full = [link, waiting, age, failed, synced].compactMap { $0 }.joined(separator: " · ")
        let noSync = [link, waiting, age, failed].compactMap { $0 }.joined(separator: " · ")
        let short = [link, badge.pending == 0 ? nil : toSend].compactMap { $0 }.joined(separator: " · ")
        return [full, noSync, short, link]
    }

    /// `45 s`, `12 min`, `5 h`, `3 d` (English, for the operator's screens).
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = max(0, Int(seconds))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min" }
        if whole < 2 * 86_400 { return "\(whole / 3600) h" }
        return "\(whole / 86_400) d"
    }
}
