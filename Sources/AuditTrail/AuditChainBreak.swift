/// The first place a kiosk's audit chain stops being what its kiosk wrote, in plain words.
public enum AuditChainBreak: Hashable, Sendable, CustomStringConvertible {
    /// Entries `first…last` are not there although a later entry is: deleted.
    case missing(first: Int64, last: Int64)
    /// The entry stored as `index` is not what was signed: changed after it was written.
    case changed(index: Int64)
    /// The entry stored as `index` was signed as entry `signedAs`: entries were moved (reordered, or
    /// deleted and the rest renumbered).
    case outOfPlace(index: Int64, signedAs: Int64)
    /// The entry `index` is genuine but was written after another entry `index - 1` than the one stored:
    /// the chain was forked, or the entry before it replaced.
    case brokenLink(index: Int64)
    /// The entry stored as `index` names another kiosk.
    case wrongKiosk(index: Int64, found: String)
    /// The chain ends at `last` although entries up to `expected` were written (the end was cut off).
    case truncated(last: Int64, expected: Int64)
    /// Two different entries claim the same place `index` (both after one predecessor): a forked chain.
    case forked(index: Int64)

    /// The first entry the break concerns.
    public var index: Int64 {
        switch self {
        case .missing(let first, _): first
        case .changed(let index), .outOfPlace(let index, _), .brokenLink(let index), .wrongKiosk(let index, _), .forked(let index): index
        case .truncated(let last, _): last + 1
        }
    }

    public var description: String {
        switch self {
        case .missing(let first, let last) where first == last:
            "entry \(first) is missing: it was deleted (entry \(last + 1) follows entry \(first - 1))"
        case .missing(let first, let last):
            "entries \(first)–\(last) are missing: they were deleted (entry \(last + 1) follows entry \(first - 1))"
        case .changed(let index):
            "entry \(index) was changed after it was written (its signature does not match its content)"
        case .outOfPlace(let index, let signedAs):
            "entry \(index) holds what was written as entry \(signedAs): entries were reordered or renumbered"
        case .brokenLink(let index):
            "entry \(index) was not written after the entry \(index - 1) that is stored: the chain was forked or entry \(index - 1) replaced"
        case .wrongKiosk(let index, let found):
            "entry \(index) belongs to another kiosk (\(found.prefix(32)))"
        case .truncated(let last, let expected):
            "the chain ends at entry \(last) but entries up to \(expected) were written: the last \(expected - last) were deleted"
        case .forked(let index):
            "two different entries claim place \(index) after the same entry \(index - 1): the chain was forked (a copy of the kiosk's database went on writing)"
        }
    }
}
