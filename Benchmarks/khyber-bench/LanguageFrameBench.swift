import CommandLineSupport
import Foundation
import KioskApp
import Screen
import StringCatalog
import Terminal

/// The string catalogs of the repository (Assets/strings), or none (the screens then show their keys).
func benchStrings() -> CatalogSet {
    (try? Assets.folder()).flatMap { try? CatalogSet.load(folder: $0.appendingPathComponent("strings", isDirectory: true)) } ?? CatalogSet()
}

/// Frame time for the same visits drawn in English and in Urdu (Urdu shaped and reordered by FriBidi
/// on every frame), interleaved in one run so both meet the same machine: view + diff per frame at 80×24.
func runLanguageFrameBenchmarks(visits: Int = 60) throws -> [String] {
    let strings = benchStrings()
    guard strings.catalog("ur") != nil else { throw BenchError(description: "no Urdu catalog in Assets/strings") }
    let size = TerminalSize(width: 80, height: 24)
    let journey = try FrameJourney()
    struct Run {
        var state: KioskState
        let terminal: InMemoryTerminal
        var samples: [UInt64] = []
    }
    func start(_ language: String) -> Run {
        let settings = KioskSettings(kioskID: "KP-PSH-001", centreName: "Peshawar Facilitation Centre", strings: strings, defaultLanguage: language)
        var state = KioskState(settings: settings, now: Date(), size: size)
        _ = Kiosk.update(&state, .resize(size))
        let terminal = InMemoryTerminal(width: size.width, height: size.height)
        terminal.draw(Kiosk.view(state))
        return Run(state: state, terminal: terminal)
    }
    var runs = [start("en"), start("ur")]
    var clock = Date()
    for _ in 0..<visits {
        let visit = journey.events(from: clock)
        clock = visit.end
        for event in visit.events {
            for index in runs.indices {
                _ = Kiosk.update(&runs[index].state, event)
                let begin = Stopwatch.now()
                runs[index].terminal.draw(Kiosk.view(runs[index].state))
                runs[index].samples.append(Stopwatch.now() - begin)
            }
        }
    }
    let english = Stopwatch.percentile(runs[0].samples, 50), urdu = Stopwatch.percentile(runs[1].samples, 50)
    let ratio = Double(urdu) / Double(max(english, 1))
    return [
        "Screens by language (80×24, \(runs[0].samples.count.formatted()) frames each, same visits, interleaved)",
        "  English view + diff          median \(Stopwatch.format(nanoseconds: english))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(runs[0].samples, 99)))",
        "  Urdu (shaped) view + diff    median \(Stopwatch.format(nanoseconds: urdu))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(runs[1].samples, 99)))",
        "  Urdu / English               \(String(format: "%.2f", ratio))×  (target ≤ 1.5×)",
    ]
}
