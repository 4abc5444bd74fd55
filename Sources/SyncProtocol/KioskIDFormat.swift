/// The kiosk id on the wire: canonical (`KPPSH001`), 3 to 32 of `A-Z 0-9`. Checked at enrolment, push and
/// pull, so an id can never carry a newline into a log or an escape into a back-office terminal.
public enum KioskIDFormat {
    public static func isValid(_ id: String) -> Bool {
        (3...32).contains(id.utf8.count) && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }
    }
}
