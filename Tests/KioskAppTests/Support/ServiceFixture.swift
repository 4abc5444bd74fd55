import Foundation
import IdentityCore
import KioskApp
import Services

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
    /// The form shown, or nil on another screen.
    var wizard: WizardScreen? { if case .wizard(let wizard) = screen { wizard } else { nil } }
    /// The step shown, or nil.
    var step: WizardStep? { if case .step(let step) = wizard?.phase { step } else { nil } }
    /// The service list, or nil.
    var serviceList: ServiceListScreen? { if case .services(let list) = screen { list } else { nil } }
}

extension Journey {
    /// Apply for a service, the list loaded.
    static func serviceList(width: Int = 80, height: Int = 24, settings: KioskSettings = ServiceFixture.settings) -> KioskState {
        var state = home(width: width, height: height, settings: settings)
        state.send([.key(.character("2")), .servicesLoaded(available: ServiceFixture.available, unavailable: ServiceFixture.unavailable)])
        return state
    }

    /// Step 1 of a service's form (`choice` is its number on the list).
    static func wizard(_ choice: Character = "1", width: Int = 80, height: Int = 24, settings: KioskSettings = ServiceFixture.settings) -> KioskState {
        var state = serviceList(width: width, height: height, settings: settings)
        let service = ServiceFixture.available[Int(String(choice))! - 1]
        state.send([.key(.character(choice)), .applicationReady(service, prefilled: ServiceFixture.prefilled, ineligibleReason: nil)])
        return state
    }

    /// The domicile form filled in up to (and including) step `through` (1…5), pressing Enter after each.
    static let domicileSteps: [[KioskEvent]] = [
        [.key(.enter)],
        Fixture.typing("Peshawar City") + [.key(.tab), .key(.character("1")), .key(.enter)],
        Fixture.typing("17301-7654321-3") + [.key(.tab)] + Fixture.typing("17301-7654322-4") + [.key(.tab), .key(.character("2")), .key(.enter)],
        [.key(.character("1")), .key(.tab), .key(.character("2")), .key(.enter)],
        [.key(.character("1")), .key(.enter)],
    ]

    /// The domicile form after `steps` steps.
    static func domicile(steps: Int, width: Int = 80, height: Int = 24, settings: KioskSettings = ServiceFixture.settings) -> KioskState {
        var state = wizard(width: width, height: height, settings: settings)
        state.send(domicileSteps.prefix(steps).flatMap { $0 })
        return state
    }

    /// Submitted and waiting.
    static func submitting(width: Int = 80, height: Int = 24, settings: KioskSettings = ServiceFixture.settings) -> KioskState {
        var state = domicile(steps: 5, width: width, height: height, settings: settings)
        state.send([.key(.enter), .key(.character("1")), .key(.enter)])
        return state
    }

    /// The receipt.
    static func receipt(width: Int = 80, height: Int = 24, settings: KioskSettings = ServiceFixture.settings) -> KioskState {
        var state = submitting(width: width, height: height, settings: settings)
        state.send(.applicationSubmitted(ServiceFixture.receipt()))
        return state
    }
}
