import Foundation
import Services

/// `services check` time for every definition in Assets/services: `ServiceChecker.check(directory:)`
/// in this process, and the whole `khyber-kiosk services check` command as a process (start, load,
/// check, print, exit). A part that cannot run says why in its line.
func runServicesCheckBenchmarks(inProcessRuns: Int = 200, processRuns: Int = 10) -> [String] {
    let folder: URL
    do {
        folder = try KioskLaunch.repositoryFile("Assets/services")
    } catch {
        return ["Service definitions check", "  skipped: \(error)"]
    }
    let catalog = ServiceCatalog.load(directory: folder)
    let definitions = catalog.services.count + catalog.unavailable.count
    var lines = ["Service definitions check (\(definitions) definitions in Assets/services, \(catalog.unavailable.count) with problems)"]
    func describe(_ samples: [UInt64]) -> String {
        "median \(Stopwatch.format(nanoseconds: Stopwatch.percentile(samples, 50)))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(samples, 99)))"
    }

    for _ in 0..<5 { _ = ServiceChecker.check(directory: folder) } // warm up
    var problems = 0
    let inProcess = Stopwatch.sample(inProcessRuns) { _ in problems = ServiceChecker.check(directory: folder).count }
    lines.append("  ServiceChecker.check(directory:)  \(describe(inProcess))  (\(inProcessRuns) runs in-process, \(problems) problems)")

    do {
        let executable = try KioskLaunch.kioskExecutable()
        var samples: [UInt64] = []
        var status: Int32 = 0
        for run in 0...processRuns {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["services", "check", folder.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = Stopwatch.now()
            try process.run()
            process.waitUntilExit()
            let elapsed = Stopwatch.now() - start
            status = process.terminationStatus
            if run > 0 { samples.append(elapsed) }
        }
        lines.append("  khyber-kiosk services check       \(describe(samples))  (\(samples.count) runs as a process after 1 warm-up, exit \(status))")
    } catch {
        lines.append("  khyber-kiosk services check       skipped: \(error)")
    }
    return lines
}
