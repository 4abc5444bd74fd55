import IdentityCore

/// One thing to record in the audit trail, before it is numbered, chained and signed (`AuditSigner.seal`).
///
/// A citizen is named by the MASKED CNIC only (`17301-•••••67-1`); `detail` values that look like a full
/// CNIC (13 digits in a row, with or without dashes) are masked on the way in, so neither a PIN nor a full
/// CNIC can reach an entry by accident. Empty ids count as none.
public struct AuditEvent: Hashable, Sendable {
    public var action: AuditAction
    /// Who did it (the signed-in operator); nil for events with nobody at the counter (a citizen's own lock-out).
    public var operatorID: String?
    /// The second person who signed it off (a supervisor's co-sign on a PIN reset).
    public var coSignerID: String?
    /// The citizen it concerns. Entries store only `citizen` (masked); the full number travels beside the
    /// entry, outside it, for the central's keyed lookup hash (`AuditEntryOperation`).
    public let cnic: CNIC?
    /// The citizen it concerns, masked: what the entry names.
    public var citizen: String? { cnic?.masked }
    /// Short facts (`serial`, `tracking`, `reason`…). Never a PIN or a full CNIC.
    public var detail: [String: String]

    public init(action: AuditAction, operatorID: String? = nil, coSignerID: String? = nil, cnic: CNIC? = nil, detail: [String: String] = [:]) {
        self.action = action
        self.operatorID = operatorID.flatMap { $0.isEmpty ? nil : $0 }
        self.coSignerID = coSignerID.flatMap { $0.isEmpty ? nil : $0 }
        self.cnic = cnic
        self.detail = detail.mapValues(CNICMasking.maskRuns)
    }
}

/// Masks anything in free text that looks like a full CNIC: 13 digits in a row, or `ddddd-ddddddd-d`.
enum CNICMasking {
    static func maskRuns(_ text: String) -> String {
        let digitsOnly = text.unicodeScalars.filter { $0 != "-" }
        guard digitsOnly.count >= 13 else { return text }
        var out = ""
        var run: [Character] = []
        func flush() {
            let digits = run.filter(\.isASCIIDigit)
            if digits.count >= 13, let cnic = try? CNIC(String(digits.prefix(13))), digits.count == 13 {
                out += cnic.masked
            } else if digits.count >= 13 {
                out += String(repeating: "•", count: run.count)
            } else {
                out += String(run)
            }
            run.removeAll()
        }
        for character in text {
            if character.isASCIIDigit || (character == "-" && !run.isEmpty) {
                run.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
