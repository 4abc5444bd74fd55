import Foundation
import IdentityCore
import KioskApp
import Services
import Testing

/// The real service definitions and districts from Assets/, and the answers the registry gives
/// the fixture citizen.
enum ServiceFixture {
    /// The package's Assets folder.
    static let assets = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assets")

    /// `Assets/services/<id>.json`, decoded.
    static func service(_ id: String) -> ServiceDefinition {
        let url = assets.appendingPathComponent("services/\(id).json")
        return try! JSONDecoder().decode(ServiceDefinition.self, from: Data(contentsOf: url))
    }

    static let domicile = service("domicile-certificate")
    static let licence = service("driving-licence-renewal")
    static let police = service("police-character-certificate")
    static let available = [domicile, licence, police]
    static let unavailable = [
        UnavailableService(file: "sehat-card.json", id: "sehat-card", title: LocalizedText(en: "Sehat Card", ur: "صحت کارڈ"),
                           problems: [DefinitionProblem(file: "sehat-card.json", reason: "steps is missing")]),
    ]

    /// Khyber Pakhtunkhwa's 38 districts.
    static let districts: [District] = {
        let data = try! Data(contentsOf: assets.appendingPathComponent("districts.json"))
        return try! DistrictCatalog(json: data).districts
    }()

    /// The fixture settings with the districts.
    static let settings: KioskSettings = {
        var settings = Fixture.settings
        settings.districts = districts
        return settings
    }()
    static let asciiSettings: KioskSettings = {
        var settings = Self.settings
        settings.glyphMode = .ascii
        return settings
    }()

    /// What the registry fills in for Ayesha Khan.
    static let prefilled: [String: String] = [
        "fullName": "Ayesha Khan", "fatherName": "Imran Khan", "cnic": "17301-1234567-1",
        "dateOfBirth": "1990-05-21", "mobile": "0300-1234567", "district": "Peshawar",
        "address": "House 5, Street 2, Hayatabad",
    ]

    /// A receipt for the domicile certificate.
    static func receipt(tracking: String = "KPPSH001-000123-K", status: ApplicationStatus = .savedOnKiosk, minutesAgo: Double = 0) -> ApplicationReceipt {
        ApplicationReceipt(
            id: "0193a1b2-0000-7000-8000-000000000123", tracking: tracking, serviceID: domicile.id, serviceVersion: domicile.version,
            serviceTitle: domicile.title, cnic: Fixture.cnic, status: status,
            submittedAt: Fixture.start.addingTimeInterval(-minutesAgo * 60), fee: 200, paymentReference: "1001-2026-000123",
            documents: domicile.documents, collection: domicile.collection, processing: domicile.processing
        )
    }
    static let olderReceipt = ApplicationReceipt(
        id: "0193a1b2-0000-7000-8000-000000000077", tracking: "KPPSH001-000077-C", serviceID: licence.id, serviceVersion: 1,
        serviceTitle: licence.title, cnic: Fixture.cnic, status: .inReview,
        submittedAt: Fixture.start.addingTimeInterval(-20 * 86_400), fee: 1050, paymentReference: "1001-2026-000077",
        documents: licence.documents, collection: licence.collection, processing: licence.processing
    )
}

extension KioskState {
    /// The form shown, or nil on another screen; setting it (e.g. `$0.wizard?.answers[id] = …` in
    /// an expected change) writes the form.
    var wizard: WizardScreen? {
        get { if case .wizard(let wizard) = screen { wizard } else { nil } }
        set { if let newValue { screen = .wizard(newValue) } }
    }
    /// The step shown, or nil; setting it writes the form's phase.
    var step: WizardStep? {
        get { if case .step(let step) = wizard?.phase { step } else { nil } }
        set { if let newValue { wizard?.phase = .step(newValue) } }
    }
    /// The service list, or nil; setting it writes the list.
    var serviceList: ServiceListScreen? {
        get { if case .services(let list) = screen { list } else { nil } }
        set { if let newValue { screen = .services(newValue) } }
    }
}

extension Journey {
    /// Apply for a service, the list loaded.
    static func serviceList(width: Int = 80, height: Int = 24, settings: KioskSettings = ServiceFixture.settings) -> KioskState {
        reach(home(width: width, height: height, settings: settings),
              by: [.key(.character("2")), .servicesLoaded(available: ServiceFixture.available, unavailable: ServiceFixture.unavailable)],
              expecting: [.loadServices])
    }

    /// Step 1 of a service's form (`choice` is its number on the list).
    static func wizard(_ choice: Character = "1", width: Int = 80, height: Int = 24, settings: KioskSettings = ServiceFixture.settings) -> KioskState {
        let service = ServiceFixture.available[Int(String(choice))! - 1]
        return reach(serviceList(width: width, height: height, settings: settings),
                     by: [.key(.character(choice)), .applicationReady(service, prefilled: ServiceFixture.prefilled, ineligibleReason: nil)],
                     expecting: [.startApplication(serviceID: service.id, cnic: Fixture.cnic)])
    }

    /// The domicile form filled in up to (and including) step `through` (1…5), pressing Enter after each.
    static let domicileSteps: [[KioskEvent]] = [
        [.key(.enter)],
        Fixture.typing("Peshawar City") + [.key(.tab), .key(.character("1")), .key(.enter)],
        Fixture.typing("17301-7654321-3") + [.key(.tab)] + Fixture.typing("17301-7654322-4") + [.key(.tab), .key(.character("2")), .key(.enter)],
        [.key(.character("1")), .key(.tab), .key(.character("2")), .key(.enter)],
        [.key(.character("1")), .key(.enter)],
    ]

    /// What the citizen types and chooses on the domicile form's five steps.
    static let domicileTyped: [String: String] = [
        "tehsil": "Peshawar City", "livedSinceBirth": "yes",
        "fatherCnic": "17301-7654321-3", "motherCnic": "17301-7654322-4", "proofOfAge": "birth-certificate",
        "purpose": "education", "otherDomicile": "no", "declaration": "accepted",
    ]

    /// The domicile draft submitted after the five steps: the registry's answers and the typed ones.
    static let domicileDraft = ApplicationDraft(
        serviceID: "domicile-certificate", serviceVersion: 1, cnic: Fixture.cnic,
        answers: ServiceFixture.prefilled.merging(domicileTyped) { registry, _ in registry }
    )

    /// The domicile form after `steps` steps.
    static func domicile(steps: Int, width: Int = 80, height: Int = 24, settings: KioskSettings = ServiceFixture.settings) -> KioskState {
        reach(wizard(width: width, height: height, settings: settings), by: domicileSteps.prefix(steps).flatMap { $0 }, expecting: [])
    }

    /// Submitted and waiting.
    static func submitting(width: Int = 80, height: Int = 24, settings: KioskSettings = ServiceFixture.settings) -> KioskState {
        reach(domicile(steps: 5, width: width, height: height, settings: settings), by: [.key(.enter), .key(.character("1")), .key(.enter)],
              expecting: [.submitApplication(domicileDraft)])
    }

    /// The receipt.
    static func receipt(width: Int = 80, height: Int = 24, settings: KioskSettings = ServiceFixture.settings) -> KioskState {
        reach(submitting(width: width, height: height, settings: settings), by: [.applicationSubmitted(ServiceFixture.receipt())],
              expecting: [.requestSync])
    }
}
