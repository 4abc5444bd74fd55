import CommandLineSupport
import Foundation
import IdentityCore
import KioskApp
import Services

/// A visit that fills in a form, for screens with many shaped fields: sign in, the service list
/// (three titles, fees and times per row), the domicile form's five steps (labels, hints, the
/// registry's answers, a district list), Review (fourteen labelled rows), then walking away until the
/// idle timeout ends the session. The same events for every language.
struct FormFrameJourney {
    /// The three real service definitions from Assets/services.
    let services: [ServiceDefinition]
    /// Khyber Pakhtunkhwa's districts from Assets/districts.json.
    let districts: [District]
    let citizen: SessionCitizen

    /// What the registry holds for the demo citizen (the form's prefilled answers).
    static let prefilled: [String: String] = [
        "fullName": "Muhammad Irfan Khan", "fatherName": "Gul Khan", "cnic": "17301-1234567-1",
        "dateOfBirth": "1988-03-14", "mobile": "0300-1234567", "district": "Peshawar",
        "address": "House 5, Street 2, Hayatabad",
    ]

    /// Reads the definitions and districts from the repository's Assets.
    init() throws {
        let assets = try Assets.folder()
        services = try ["domicile-certificate", "driving-licence-renewal", "police-character-certificate"].map { id in
            try JSONDecoder().decode(ServiceDefinition.self, from: Data(contentsOf: assets.appendingPathComponent("services/\(id).json")))
        }
        districts = try DistrictCatalog(json: Data(contentsOf: assets.appendingPathComponent("districts.json"))).districts
        citizen = SessionCitizen(cnic: try CNIC("17301-1234567-1"), nameLatin: "Muhammad Irfan Khan", nameUrdu: "محمد عرفان خان")
    }

    /// The events of one visit from `start`, and the instant it ends.
    func events(from start: Date) -> (events: [KioskEvent], end: Date) {
        var now = start
        var events: [KioskEvent] = []
        func tick(_ seconds: TimeInterval = 1) {
            now = now.addingTimeInterval(seconds)
            events.append(.tick(now))
        }
        func type(_ text: String) { events += text.map { .key(.character($0)) } }
        type(citizen.cnic.digits)
        events += [.key(.enter), .citizenFound(citizen, hasPIN: true)]
        type("1357")
        events += [.key(.enter), .pinChecked(.accepted)]
        tick()
        // The service list, looked at for a few seconds, then the domicile certificate.
        events += [.key(.character("2")), .servicesLoaded(available: services, unavailable: [])]
        for _ in 0..<3 { tick() }
        events += [.key(.character("1")), .applicationReady(services[0], prefilled: Self.prefilled, ineligibleReason: nil)]
        // The five steps as a citizen fills them in (the tehsil typed letter by letter).
        events.append(.key(.enter))
        tick()
        type("Peshawar City")
        events += [.key(.tab), .key(.character("1")), .key(.enter)]
        tick()
        type("17301-7654321-3")
        events.append(.key(.tab))
        type("17301-7654322-4")
        events += [.key(.tab), .key(.character("2")), .key(.enter)]
        tick()
        events += [.key(.character("1")), .key(.tab), .key(.character("2")), .key(.enter)]
        events += [.key(.character("1")), .key(.enter)]
        // Review, both pages, for a few seconds; then walking away.
        for _ in 0..<3 { tick() }
        events += [.key(.character("0")), .key(.character("0"))]
        tick(60)
        for _ in 0..<11 { tick() }
        return (events, now)
    }
}
