import Foundation

/// How a citizen fills in one service's form on the kiosk, as data: for each step, the title the
/// screen shows and the answers typed into its editable fields in order (Tab between fields, an
/// empty string leaves a field blank, Enter after the last). Fields filled from the registry are
/// not editable and take no answer. When a form in `Assets/services/` changes, change its row here.
struct ServiceJourney: Sendable, CustomStringConvertible {
    /// One step screen.
    struct Step: Sendable {
        /// The step's title, a line of its own under "Step N of M".
        let title: String
        /// What is typed into each editable field: digits for dates (the dashes appear by
        /// themselves), a number for a choice, yes/no or the declaration (`1` Yes / agree, `2` No).
        let answers: [String]

        init(_ title: String, _ answers: [String] = []) {
            self.title = title
            self.answers = answers
        }
    }

    /// The service id (`applications list --json` → `service`).
    let serviceID: String
    /// The English title on the service list.
    let title: String
    /// The fee the declaration screen shows for these answers.
    let fee: String
    let steps: [Step]

    var description: String { serviceID }

    /// Domicile Certificate: not lived here since birth (so a date), matric as proof of age.
    static let domicile = ServiceJourney(serviceID: "domicile-certificate", title: "Domicile Certificate", fee: "Rs 200", steps: [
        Step("Your details"),
        Step("Where you live", ["2", "20100301"]),
        Step("Parents and proof of age", ["17301-7654321-3", "17301-7654322-4", "1", "4512345"]),
        Step("Why you need it", ["2", "2"]),
        Step("Declaration", ["1"]),
    ])

    /// Driving Licence Renewal: a car/jeep licence that expired two months ago.
    static let drivingLicence = ServiceJourney(serviceID: "driving-licence-renewal", title: "Driving Licence Renewal", fee: "Rs 1,050", steps: [
        Step("Your details"),
        Step("Your licence", ["PSH-4471920", "2", digits(daysAgo: 60, yearsEarlier: 5), digits(daysAgo: 60)]),
        Step("Where to collect"),
        Step("Health", ["2", "7", "1"]),
        Step("Declaration", ["1"]),
    ])

    /// Police Character Certificate: a job in Pakistan, same address for years, no police case.
    static let policeCertificate = ServiceJourney(serviceID: "police-character-certificate", title: "Police Character Certificate", fee: "Rs 1,000", steps: [
        Step("Your details"),
        Step("Why you need it", ["2", "2"]),
        Step("Your present address", ["Police Station Gulbahar", "20100101", "20240630"]),
        Step("Earlier address", ["2"]),
        Step("Police record", ["2"]),
        Step("Declaration", ["1"]),
    ])

    /// Every shipped service.
    static let all = [domicile, drivingLicence, policeCertificate]

    /// The journey with the fewest keys to press.
    static var shortest: ServiceJourney {
        all.min { $0.keyCount < $1.keyCount }!
    }

    /// Keys a citizen presses on the step screens (characters, Tabs and Enters).
    var keyCount: Int {
        steps.reduce(0) { total, step in total + step.answers.reduce(0) { $0 + $1.count } + max(0, step.answers.count - 1) + 1 }
    }

    /// `YYYYMMDD` for a day `daysAgo` days before today (UTC), `yearsEarlier` years before that:
    /// licence dates must stay within "expired at most 5 years ago".
    static func digits(daysAgo: Int, yearsEarlier: Int = 0) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let day = calendar.date(byAdding: .day, value: -daysAgo, to: Date())!
        let date = calendar.date(byAdding: .year, value: -yearsEarlier, to: day)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d%02d%02d", parts.year!, parts.month!, parts.day!)
    }
}
