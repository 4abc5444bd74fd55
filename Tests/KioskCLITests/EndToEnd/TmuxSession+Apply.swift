import Foundation

/// Applying for a service on the kiosk, driven by what is on screen: each key is sent only once
/// the screen it belongs to is showing.
extension TmuxSession {
    /// From Home: `2`, the journey's service, every step, Review, the declaration, Submit; returns
    /// the tracking number read off the receipt.
    @discardableResult
    func apply(_ journey: ServiceJourney) throws -> String {
        try fillIn(journey)
        return try submit()
    }

    /// From Home to the declaration, agreed, with the fee shown: one Enter from submitting. `opening` is
    /// the key that opens the service list (`6` on the operator's record of the citizen).
    func fillIn(_ journey: ServiceJourney, opening: String = "2") throws {
        try type(opening)
        let list = try waitFor("the service list with \(journey.title)") { TmuxSession.serviceKey(journey.title, on: $0) != nil }
        try type(TmuxSession.serviceKey(journey.title, on: list)!)
        for (index, step) in journey.steps.enumerated() {
            let counter = "Step \(index + 1) of \(journey.steps.count)"
            try waitFor("“\(counter)” and “\(step.title)”") { screen in
                screen.contains { $0.contains(counter) && $0.contains(journey.title) }
                    && screen.contains { $0.trimmingCharacters(in: .whitespaces) == step.title }
            }
            for (field, answer) in step.answers.enumerated() {
                if field > 0 { try press("Tab") }
                if !answer.isEmpty { try type(answer) }
            }
            try press("Enter")
        }
        try waitFor(text: "Check your answers")
        try press("Enter")
        try waitFor(text: "I declare the information is true.")
        try type("1")
        let agreed = try waitForSettled(text: "Press Enter to submit")
        guard agreed.contains(where: { $0.contains("Fee: \(journey.fee)") }) else {
            throw CLITestError("the declaration should show Fee: \(journey.fee):\n" + agreed.joined(separator: "\n"))
        }
    }

    /// Enter on the agreed declaration; the tracking number read off the receipt.
    func submit() throws -> String {
        try press("Enter")
        let receipt = try waitFor("the receipt's tracking number", timeout: 15) { TmuxSession.receiptTracking(on: $0) != nil }
        return TmuxSession.receiptTracking(on: receipt)!
    }

    /// The number key of `title` on the service list; nil when it is not listed with a number.
    static func serviceKey(_ title: String, on screen: [String]) -> String? {
        guard screen.contains(where: { $0.contains("Choose a service") }) else { return nil }
        for line in screen {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = words.first, first.count == 1, first.first!.isNumber else { continue }
            let rest = line.drop { $0 == " " }.dropFirst().drop { $0 == " " }
            if rest.hasPrefix(title) { return String(first) }
        }
        return nil
    }

    /// The tracking number under "Your tracking number", written spaced for reading aloud
    /// (`K P P S H 0 0 1 - 0 0 0 1 2 3 - K`), without its spaces; nil until it is all on screen
    /// with a valid check character.
    static func receiptTracking(on screen: [String]) -> String? {
        guard let label = screen.firstIndex(where: { $0.contains("Your tracking number") }), screen.indices.contains(label + 1) else { return nil }
        // The spaced number, then two spaces or more, then the QR code.
        let spaced = String(screen[label + 1].drop { $0 == " " }).components(separatedBy: "  ")[0]
        let tracking = spaced.replacingOccurrences(of: " ", with: "")
        guard spaced == tracking.map(String.init).joined(separator: " "),
              ApplicationsCommandTests.trackingIsValid(tracking) else { return nil }
        return tracking
    }
}
