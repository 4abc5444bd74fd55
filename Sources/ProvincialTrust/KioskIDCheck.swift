/// The kiosk id shape bundles accept: 1–32 characters of A–Z, 0–9 and `-` (no spaces, no control characters).
public enum KioskIDCheck {
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 32 && id.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
