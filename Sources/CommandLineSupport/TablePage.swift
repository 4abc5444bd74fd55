/// How much of a long listing a table shows: a table is for looking, so without `--limit` it shows the
/// newest `defaultRows` and says how many there are; `--json` (a machine interface) gives everything.
public enum TablePage {
    /// Rows a table shows when no `--limit` is given.
    public static let defaultRows = 100

    /// How many rows to show: `limit`, else `defaultRows` for a table, else all (nil) for JSON.
    public static func rows(limit: Int?, json: Bool) -> Int? {
        limit ?? (json ? nil : defaultRows)
    }

    /// `Showing 100 of 250 applications (newest first); --limit N shows more, --json lists all` when
    /// some are not shown; nil when all are.
    public static func footer(shown: Int, total: Int, noun: String) -> String? {
        guard shown < total else { return nil }
        return "Showing \(shown) of \(total) \(noun) (newest first); --limit N shows more, --json lists all"
    }
}
