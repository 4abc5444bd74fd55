import Foundation
import IdentityCore
import KioskStore
import Services
import SyntheticRegistry

/// Submit latency end to end: the release kiosk in an 80×24 pseudo-terminal on `submit-registry.sqlite`
/// (the in-process submit bench's copy of the seeded registry, with its 100,000 earlier applications).
/// A part that cannot run says why in its line instead of failing the whole table.
func runSubmitJourneyBenchmarks(dataDirectory: URL, rounds: Int = 40) -> [String] {
    var lines = ["Submit in the real kiosk (80×24 pseudo-terminal, release khyber-kiosk, the registry above with its applications)"]
    do {
        let launch = try KioskLaunch(benchData: dataDirectory, registryFile: "submit-registry.sqlite", folderName: "kiosk-submit")
        let bench = try SubmitJourneyBench(
            calls: try PtyCalls(), services: try SubmitBenchSupport.serviceCatalog().services,
            districts: try StoreBenchSupport.catalog(), citizen: DemoCitizens.irfan
        )
        let samples = try bench.measure(launch, rounds: rounds)
        let median = Stopwatch.format(nanoseconds: Stopwatch.percentile(samples, 50))
        let p99 = Stopwatch.format(nanoseconds: Stopwatch.percentile(samples, 99))
        lines.append("  Enter on Submit → receipt drawn  median \(median)  p99 \(p99)  (\(samples.count) submits after 1 warm-up)")
        if let peer = KioskLaunch.peerExecutable {
            let peerLaunch = try KioskLaunch(benchData: dataDirectory, registryFile: "submit-registry.sqlite", folderName: "kiosk-submit-peer", executable: peer)
            let peerSamples = try bench.measure(peerLaunch, rounds: rounds)
            let ratio = Double(Stopwatch.percentile(samples, 50)) / Double(max(1, Stopwatch.percentile(peerSamples, 50)))
            lines.append("  peer kiosk: Enter → receipt      median \(Stopwatch.format(nanoseconds: Stopwatch.percentile(peerSamples, 50)))"
                + "  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(peerSamples, 99)))  (KHYBER_BENCH_PEER_KIOSK; ours ÷ peer median \(String(format: "%.2f", ratio))×)")
        }
        lines.append("    \(bench.service.title.en), the shortest form: \(bench.service.steps.count) steps, \(bench.editableFields) fields typed;"
            + " sign-in (scrypt PIN check) not timed; issue #4 §6 asks for median and p99 and sets no number")
    } catch {
        lines.append("  Enter on Submit → receipt drawn  skipped: \(error)")
    }
    return lines
}

/// One signed-in session applying again and again for the shortest service a citizen may apply
/// for: Home → 2 → the service → every step → Review → Declaration → 1, then the timed part —
/// from writing Enter on Submit until the mirrored screen shows the receipt with a valid tracking
/// number — then Enter back Home. Answers are drawn fresh each round, as `seed --applications` draws them.
struct SubmitJourneyBench {
    /// The pseudo-terminal calls.
    let calls: PtyCalls
    /// The service applied for.
    let service: ServiceDefinition
    /// Who signs in (a demo citizen, whose PIN is known).
    let citizen: Citizen
    /// The districts, for answers and district lists.
    let districts: DistrictCatalog
    /// Answers the kiosk fills in from the registry.
    let prefilled: [String: String]

    /// Picks, among the services `citizen` may apply for, the one with the fewest fields to type (then fewest steps).
    init(calls: PtyCalls, services: [ServiceDefinition], districts: DistrictCatalog, citizen: Citizen) throws {
        let today = CalendarDate(pakistanDayOf: Date())
        func length(_ service: ServiceDefinition) -> (Int, Int) {
            let prefilled = Prefill.answers(for: service, citizen: citizen, districts: districts)
            return (service.fields.filter { prefilled[$0.id] == nil }.count, service.steps.count)
        }
        let eligible = services.filter { EligibilityCheck.reason(service: $0, citizen: citizen, today: today) == nil }
        guard let shortest = eligible.min(by: { length($0) < length($1) }) else {
            throw BenchError(description: "\(citizen.nameLatin) may apply for none of the \(services.count) services")
        }
        self.calls = calls
        self.service = shortest
        self.citizen = citizen
        self.districts = districts
        prefilled = Prefill.answers(for: shortest, citizen: citizen, districts: districts)
    }

    /// Fields the citizen types into.
    var editableFields: Int { service.fields.filter { prefilled[$0.id] == nil }.count }

    /// Signs in once (untimed), then `rounds` timed submits after one untimed warm-up submit.
    func measure(_ launch: KioskLaunch, rounds: Int) throws -> [UInt64] {
        let session = try PtySession(
            executable: launch.executable, arguments: launch.arguments, environment: KioskLaunch.environment,
            width: 80, height: 24, calls: calls
        )
        defer { session.terminate() }
        let driver = KioskDriver(session: session)
        guard let pin = DemoCitizens.pin(for: citizen.cnic) else { throw BenchError(description: "no demo PIN for \(citizen.cnic.masked)") }
        try driver.signIn(cnicDigits: citizen.cnic.digits, pin: pin)
        var random = SplitMix64(seed: 11)
        var samples: [UInt64] = []
        for round in 0...rounds {
            try reachSubmit(driver, keys: try formKeys(using: &random))
            let start = Stopwatch.now()
            driver.type("\r")
            let drawn = try driver.expect("a receipt with a tracking number", Self.showsReceipt)
            if round > 0 { samples.append(drawn - start) }
            try goHome(driver)
        }
        return samples
    }

    /// Keys for a fresh set of valid answers (the generator sometimes gives up on a draw; it is drawn again).
    private func formKeys(using random: inout SplitMix64) throws -> FormKeys {
        let today = CalendarDate(pakistanDayOf: Date())
        for _ in 0..<50 {
            guard let answers = ApplicationSeeder.sampleAnswers(for: service, citizen: citizen, districts: districts, today: today, using: &random)
            else { continue }
            guard let keys = FormKeys(service: service, answers: answers, prefilled: prefilled, districts: districts.districts) else {
                throw BenchError(description: "answers for \(service.id) that its form does not offer: \(answers.keys.sorted())")
            }
            return keys
        }
        throw BenchError(description: "no valid answers for \(service.id) in 50 draws")
    }

    /// From Home to the Declaration, agreed: "Press Enter to submit" on screen.
    private func reachSubmit(_ driver: KioskDriver, keys: FormKeys) throws {
        driver.type("2")
        try driver.expect("\(service.title.en) on the service list") { serviceKey(on: $0) != nil }
        driver.type(serviceKey(on: driver.session.screen) ?? "")
        for (index, typed) in keys.steps.enumerated() {
            try driver.expect(text: "Step \(index + 1) of \(keys.steps.count)")
            driver.type(typed)
        }
        try driver.expect(text: "Check your answers")
        driver.type("\r")
        try driver.expect(text: "Press 1 if you agree")
        driver.type("1")
        try driver.expect(text: "Press Enter to submit")
    }

    /// The number key the service list shows before the service's title, once it is drawn.
    private func serviceKey(on screen: TerminalMirror) -> String? {
        guard screen.contains("Choose a service") else { return nil }
        for line in screen.lines where line.contains(service.title.en) {
            if let key = line.split(separator: " ").first, key.allSatisfy(\.isNumber) { return String(key) }
        }
        return nil
    }

    /// Enter leaves the receipt (through its documents page when it has one) for Home.
    private func goHome(_ driver: KioskDriver) throws {
        driver.type("\r")
        try driver.expect("Home or the documents page") { $0.contains(KioskDriver.homeText) || $0.contains("Bring these documents") }
        if !driver.session.screen.contains(KioskDriver.homeText) {
            driver.type("\r")
            try driver.expect(text: KioskDriver.homeText)
        }
    }

    /// The receipt is drawn: its heading, and a row whose letters, digits and dashes (the big
    /// spaced number, the QR code's blocks left out) make a tracking number with a matching check character.
    static func showsReceipt(_ screen: TerminalMirror) -> Bool {
        guard screen.contains("Your tracking number") else { return false }
        return screen.lines.contains { line in
            TrackingNumber.isValid(String(line.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }))
        }
    }
}
