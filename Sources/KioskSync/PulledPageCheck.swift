import SyncProtocol

/// What a pulled page must be before the kiosk applies any of it: changes in ascending id order, all
/// after the cursor it asked with, and a `nextCursor` that is exactly what the central could have sent —
/// the last change's id, or the asked cursor when the page is empty. A cursor beyond that (a lying
/// proxy's 999999999999) would make the kiosk skip every later change (a revocation among them), so
/// such a page is refused whole and nothing of it is stored.
public enum PulledPageCheck {
    /// Why `page`, the answer to a pull from `cursor`, cannot be applied; nil when it can.
    public static func problem(_ page: PullResponse, askedCursor cursor: Int64) -> String? {
        var previous = cursor
        for change in page.changes {
            guard change.id > previous else {
                return "the pulled page's change ids do not ascend after the cursor \(cursor)"
            }
            previous = change.id
        }
        let expected = page.changes.last?.id ?? cursor
        guard page.nextCursor == expected else {
            return "the pulled page's next cursor \(page.nextCursor) is not \(expected), the last change it carries (from cursor \(cursor))"
        }
        if page.hasMore && page.changes.isEmpty {
            return "the pulled page is empty yet says more follow"
        }
        return nil
    }
}
