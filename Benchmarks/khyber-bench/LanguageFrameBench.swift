import CommandLineSupport
import Foundation
import IdentityCore
import KioskApp
import Screen
import StringCatalog
import Terminal

/// The string catalogs of the repository (Assets/strings), or none (the screens then show their keys).
func benchStrings() -> CatalogSet {
    (try? Assets.folder()).flatMap { try? CatalogSet.load(folder: $0.appendingPathComponent("strings", isDirectory: true)) } ?? CatalogSet()
}

/// Frame time for the same visits drawn in English and in Urdu (Urdu shaped and reordered by FriBidi,
/// each field once, then from the memos: `BidiText.memo`, `ShapedField`, `TextWrap`), interleaved in one run so both meet the same machine: view + diff
/// per frame at 80×24.
/// Two journeys: the Home visit (Welcome, PIN, Home, My Khyber Pass, the idle warning) and a form
/// visit whose screens hold many shaped fields (the service list, five form steps, Review).
func runLanguageFrameBenchmarks(visits: Int = 60) throws -> [String] {
    let strings = benchStrings()
    guard strings.catalog("ur") != nil else { throw BenchError(description: "no Urdu catalog in Assets/strings") }
    let home = try FrameJourney(), form = try FormFrameJourney()
    var lines = ["Screens by language (80×24, same visits, interleaved; Urdu shaped, memoised: BidiText.memo, ShapedField, TextWrap)"]
    lines += try languageRows("Home visit", visits: visits, strings: strings, districts: []) { home.events(from: $0) }
    lines += try languageRows("Form visit: service list, steps, Review", visits: visits, strings: strings, districts: form.districts) { form.events(from: $0) }
    return lines
}

/// English and Urdu frames for `visits` runs of one journey: medians, p99s and the ratio.
private func languageRows(_ title: String, visits: Int, strings: CatalogSet, districts: [District],
                          journey: (Date) -> (events: [KioskEvent], end: Date)) throws -> [String] {
    let size = TerminalSize(width: 80, height: 24)
    struct Run {
        var state: KioskState
        let terminal: InMemoryTerminal
        var samples: [UInt64] = []
    }
    func start(_ language: String) -> Run {
        var settings = KioskSettings(kioskID: "KP-PSH-001", centreName: "Peshawar Facilitation Centre", strings: strings, defaultLanguage: language)
        settings.districts = districts
        var state = KioskState(settings: settings, now: Date(), size: size)
        _ = Kiosk.update(&state, .resize(size))
        let terminal = InMemoryTerminal(width: size.width, height: size.height)
        terminal.draw(Kiosk.view(state))
        return Run(state: state, terminal: terminal)
    }
    var runs = [start("en"), start("ur")]
    var clock = Date()
    var sawReview = false
    for _ in 0..<visits {
        let visit = journey(clock)
        clock = visit.end
        for event in visit.events {
            for index in runs.indices {
                _ = Kiosk.update(&runs[index].state, event)
                if case .wizard(let wizard) = runs[index].state.screen, case .review = wizard.phase { sawReview = true }
                let begin = Stopwatch.now()
                runs[index].terminal.draw(Kiosk.view(runs[index].state))
                runs[index].samples.append(Stopwatch.now() - begin)
            }
        }
    }
    if districts.isEmpty == false && !sawReview { throw BenchError(description: "the form visit never reached Review") }
    let english = Stopwatch.percentile(runs[0].samples, 50), urdu = Stopwatch.percentile(runs[1].samples, 50)
    let ratio = Double(urdu) / Double(max(english, 1))
    return [
        "  \(title) (\(runs[0].samples.count.formatted()) frames each)",
        "    English view + diff          median \(Stopwatch.format(nanoseconds: english))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(runs[0].samples, 99)))",
        "    Urdu (shaped) view + diff    median \(Stopwatch.format(nanoseconds: urdu))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(runs[1].samples, 99)))",
        "    Urdu / English               \(String(format: "%.2f", ratio))×  (target ≤ 1.5×)",
    ]
}
