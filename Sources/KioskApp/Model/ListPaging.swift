/// Long lists shown nine at a time, chosen with the keys 1–9; 0 shows the next nine.
public enum ListPaging {
    /// Entries on one page: one per number key 1–9.
    public static let pageSize = 9

    /// How many pages `count` entries take (at least one).
    public static func pageCount(_ count: Int) -> Int { max(1, (count + pageSize - 1) / pageSize) }

    /// The index range of `page` in a list of `count` entries.
    public static func range(page: Int, count: Int) -> Range<Int> {
        let start = min(max(0, page) * pageSize, count)
        return start..<min(start + pageSize, count)
    }

    /// The page after `page`, wrapping round to the first.
    public static func next(_ page: Int, count: Int) -> Int { (page + 1) % pageCount(count) }

    /// The page before `page`, wrapping round to the last.
    public static func previous(_ page: Int, count: Int) -> Int {
        let pages = pageCount(count)
        return (page - 1 + pages) % pages
    }

    /// The list index the number key `key` names on `page`, if there is such an entry.
    public static func index(forKey key: Character, page: Int, count: Int) -> Int? {
        guard let digit = key.wholeNumberValue, key.isASCII, (1...pageSize).contains(digit) else { return nil }
        let index = page * pageSize + digit - 1
        return range(page: page, count: count).contains(index) ? index : nil
    }
}
