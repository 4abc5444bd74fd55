import IdentityCore
import Screen

extension KioskState {
    /// Find: Tab moves between CNIC, mobile, name and district; Enter searches by the field in focus
    /// (a scanned pass in the CNIC field is verified); number keys open a result when the focus is
    /// not on a field that takes digits; Esc goes back to the menu.
    func reduceFindKey(_ key: KeyEvent, _ current: FindCitizenScreen) -> ScreenTransition<FindCitizenScreen> {
        guard !current.isSearching else { return .stay(current) }
        var find = current
        let fields = FindField.allCases
        switch key {
        case .tab, .down:
            find.focus = fields[((fields.firstIndex(of: find.focus) ?? 0) + 1) % fields.count]
        case .backTab, .up:
            find.focus = fields[((fields.firstIndex(of: find.focus) ?? 0) + fields.count - 1) % fields.count]
        case .escape:
            return .go(.desk(.menu(DeskMenuScreen())))
        case .pageDown where find.results != nil:
            find.page = ListPaging.next(find.page, count: find.results?.count ?? 0)
        case .pageUp where find.results != nil:
            find.page = ListPaging.previous(find.page, count: find.results?.count ?? 0)
        case .function(let number) where (1...9).contains(number):
            // F1–F9 open a result from any field (digits are typing in the CNIC and mobile fields).
            return open(result: Character(String(number)), find)
        case .character(let digit) where digit.isASCIIDigitForEntry && (find.focus == .name || find.focus == .district) && find.results?.isEmpty == false:
            // In the name and district fields a digit opens a result (names have no digits).
            return open(result: digit, find)
        case .enter:
            return submitFind(find)
        default:
            find.note = nil
            typeFind(key, into: &find)
        }
        return .stay(find)
    }

    /// Opens the result the number `key` names on the page shown.
    private func open(result key: Character, _ current: FindCitizenScreen) -> ScreenTransition<FindCitizenScreen> {
        var find = current
        guard let results = find.results, let index = ListPaging.index(forKey: key, page: find.page, count: results.count) else { return .stay(find) }
        find.isSearching = true
        return .stay(find, effects: [.desk(.loadRecord(results[index].cnic))])
    }

    /// One typing key into the focused field.
    private func typeFind(_ key: KeyEvent, into find: inout FindCitizenScreen) {
        switch find.focus {
        case .cnic:
            switch key {
            case .character(let character) where find.scanBuffer.isEmpty && character.isASCIIDigitForEntry:
                find.cnic.append(character)
            case .character(let character) where find.scanBuffer.isEmpty && (character == "-" || character == " "):
                break
            case .character(let character):
                if find.scanBuffer.count < WelcomeScreen.maxScanLength { find.scanBuffer.append(character) }
            case .backspace:
                if find.scanBuffer.isEmpty { find.cnic.removeLast() } else { find.scanBuffer = "" }
            default:
                break
            }
        case .mobile:
            if case .character(let character) = key, !character.isASCIIDigitForEntry, character != "-", character != "+", character != " " { return }
            _ = DeskTextInput.type(key, into: &find.mobile, limit: 16)
        case .name:
            _ = DeskTextInput.type(key, into: &find.name, limit: FindCitizenScreen.maxLength)
        case .district:
            _ = DeskTextInput.type(key, into: &find.district, limit: 32)
        }
    }

    /// Enter: by the field in focus (name and district search together).
    private func submitFind(_ current: FindCitizenScreen) -> ScreenTransition<FindCitizenScreen> {
        var find = current
        find.note = nil
        switch find.focus {
        case .cnic:
            if !find.scanBuffer.isEmpty {
                let scanned = find.scanBuffer
                find.scanBuffer = ""
                guard PassFormat.looksLikePass(scanned) else {
                    find.note = .notAPass
                    return .stay(find)
                }
                find.isSearching = true
                return .stay(find, effects: [.desk(.findByPass(scanned))])
            }
            guard !find.cnic.isEmpty else { return .stay(find) }
            do {
                let cnic = try CNIC(find.cnic.digits)
                find.isSearching = true
                return .stay(find, effects: [.desk(.loadRecord(cnic))])
            } catch {
                find.note = .invalidCNIC(error)
                return .stay(find)
            }
        case .mobile:
            guard let canonical = MobileNumber.canonical(find.mobile) else {
                find.note = .invalidMobile
                return .stay(find)
            }
            find.isSearching = true
            return .stay(find, effects: [.desk(.findByMobile(canonical))])
        case .name, .district:
            guard !find.name.trimmingTrailingSpaces.isEmpty else {
                find.focus = .name
                return .stay(find)
            }
            var code: Int?
            if !find.district.isEmpty {
                guard let district = Self.district(startingWith: find.district, in: settings.districts) else {
                    find.note = .unknownDistrict
                    return .stay(find)
                }
                code = district.code
            }
            find.isSearching = true
            return .stay(find, effects: [.desk(.findByName(find.name, district: code))])
        }
    }

    /// The first district (A to Z) whose English or Urdu name starts with `typed`.
    static func district(startingWith typed: String, in districts: [District]) -> District? {
        let wanted = typed.lowercased().trimmingTrailingSpaces
        guard !wanted.isEmpty else { return nil }
        return DistrictChoices.sorted(districts).first { $0.name.lowercased().hasPrefix(wanted) || $0.nameUrdu.hasPrefix(wanted) }
    }

    /// Names found: listed (or "no match").
    mutating func handleMatchesFound(_ matches: [DeskMatch]) -> [KioskEffect] {
        guard case .desk(.find(var find)) = screen, find.isSearching else { return [] }
        find.isSearching = false
        find.results = matches
        find.page = 0
        find.note = matches.isEmpty ? .noMatch : nil
        screen = .desk(.find(find))
        return []
    }

    /// A record arrived (from Find): show it, card not yet checked; none: "no record".
    mutating func handleRecordLoaded(_ record: DeskCitizenRecord?) -> [KioskEffect] {
        guard case .desk(.find(var find)) = screen, find.isSearching else { return [] }
        guard let record else {
            find.isSearching = false
            find.note = .noMatch
            screen = .desk(.find(find))
            return []
        }
        screen = .desk(.record(CitizenRecordScreen(record: record)))
        return []
    }

    /// A scanned pass was not accepted.
    mutating func handlePassRefused(_ verdict: PassVerdict) -> [KioskEffect] {
        guard case .desk(.find(var find)) = screen, find.isSearching else { return [] }
        find.isSearching = false
        find.note = .passNotAccepted(verdict)
        screen = .desk(.find(find))
        return []
    }
}
