import Foundation

// `make bench`: the numbers the issues ask for, printed as a table. Not a test: nothing here fails a build.
let arguments = BenchArguments.parse(CommandLine.arguments.dropFirst())
print("Khyber Pass Kiosk benchmarks — \(Date()) — \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("")
// `--only languages`: only the English / Urdu frame times (a few seconds).
if arguments.only == "languages" {
    do {
        for line in try runLanguageFrameBenchmarks() { print(line) }
    } catch {
        print("benchmark failed: \(error)")
        exit(1)
    }
    exit(0)
}
if arguments.runs("kiosk") {
    do {
        for line in try runStoreBenchmarks(dataDirectory: arguments.data, citizens: arguments.citizens) { print(line) }
        print("")
        for line in try runCredentialBenchmarks() { print(line) }
        print("")
        for line in try runFrameBenchmarks() { print(line) }
        print("")
        for line in try runLanguageFrameBenchmarks() { print(line) }
        print("")
        for line in runTerminalBenchmarks(dataDirectory: arguments.data, citizens: arguments.citizens) { print(line) }
    } catch {
        print("benchmark failed: \(error)")
        exit(1)
    }
    print("")
    // In-process first: it makes submit-registry.sqlite (the registry + 100,000 earlier applications) that the kiosk then runs on.
    do {
        for line in try runSubmitBenchmarks(dataDirectory: arguments.data) { print(line) }
    } catch {
        print("Application submit, in-process: skipped: \(error)")
    }
    print("")
    for line in runSubmitJourneyBenchmarks(dataDirectory: arguments.data) { print(line) }
    print("")
    for line in runServicesCheckBenchmarks() { print(line) }
    print("")
}
if arguments.runs("kiosk") || arguments.runs("desk") {
    // On the registry the kiosk section seeded (`--only desk` needs an earlier run's .build-bench-data).
    for line in await runDeskBenchmarks(dataDirectory: arguments.data, citizens: arguments.citizens) { print(line) }
    print("")
}
if arguments.runs("kiosk") || arguments.runs("audit") {
    do {
        for line in try runAuditBenchmarks(dataDirectory: arguments.data) { print(line) }
    } catch {
        print("Audit trail: skipped: \(error)")
    }
    print("")
}
if arguments.runs("auth") {
    for line in await runAuthBenchmarks(dataDirectory: arguments.data) { print(line) }
    print("")
}
if arguments.only == "field" {
    for line in await runFieldBundleBenchmarks(dataDirectory: arguments.data) { print(line) }
}
if arguments.runs("sync") {
    for line in await runSyncBenchmarks(dataDirectory: arguments.data, postgresURL: arguments.postgres) { print(line) }
}
