import IdentityCore

/// What the registry already knows, put into a form so the citizen never retypes it.
public enum Prefill {
    /// Field id → answer for the fields with `prefill`: names in Latin script, the district as its
    /// English name, the date of birth as `YYYY-MM-DD`, the CNIC as `12345-1234567-1`. A value the
    /// registry does not have is left out (the field is then asked), e.g. the father's name of a
    /// citizen registered as "wife of", or a district code that is not in the catalog.
    public static func answers(for service: ServiceDefinition, citizen: Citizen, districts: DistrictCatalog) -> [String: String] {
        var answers: [String: String] = [:]
        for field in service.fields {
            guard let source = field.prefill, let value = value(of: source, citizen: citizen, districts: districts) else { continue }
            let cleaned = AnswerCleaner.clean(value, for: field)
            if !cleaned.isEmpty { answers[field.id] = cleaned }
        }
        return answers
    }

    /// The registry's value for one source.
    static func value(of source: PrefillSource, citizen: Citizen, districts: DistrictCatalog) -> String? {
        switch source {
        case .name: citizen.nameLatin
        case .fatherName: citizen.guardianRelation == .wifeOf ? nil : citizen.guardianLatin
        case .dateOfBirth: citizen.birthDate.iso
        case .cnic: citizen.cnic.formatted
        case .district: districts.district(code: citizen.districtCode)?.name
        case .address: citizen.address
        case .mobile: citizen.mobile
        case .tehsil: citizen.tehsil.isEmpty ? nil : citizen.tehsil
        }
    }
}
