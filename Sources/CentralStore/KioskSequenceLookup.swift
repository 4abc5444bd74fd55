/// A storage that can say, cheaply (one indexed query), the highest sequence number it holds for one
/// kiosk: what the service bounds a push's sequence numbers by (`WireBounds.maxSequenceAhead`).
/// Both `SQLiteCentralStorage` and `PostgresCentralStorage` are one.
public protocol KioskSequenceLookup: Sendable {
    /// The highest sequence stored for `kioskID`; 0 when none.
    func highestSequence(kioskID: String) async throws(CentralStorageError) -> Int64
}
