import Foundation

/// The real kiosk in an 80×24 pseudo-terminal over the seeded registry: cold start to the first
/// painted Welcome (whiptail's infobox as the peer) and key press → repaint.
/// A part that cannot run says why in its line instead of failing the whole table.
func runTerminalBenchmarks(dataDirectory: URL, citizens: Int, runs: Int = 10) -> [String] {
    var lines = ["Kiosk in a pseudo-terminal (80×24, release khyber-kiosk, \(citizens.formatted()) + 2 citizens)"]
    func describe(_ samples: [UInt64], target: String) -> String {
        "median \(Stopwatch.format(nanoseconds: Stopwatch.percentile(samples, 50)))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(samples, 99)))  (\(target))"
    }
    let calls: PtyCalls, launch: KioskLaunch
    do {
        calls = try PtyCalls()
        launch = try KioskLaunch(benchData: dataDirectory)
    } catch {
        return lines + ["  skipped: \(error)"]
    }
    let startup = StartupBench(calls: calls)
    do {
        let samples = try startup.measure(launch.executable, launch.arguments, until: KioskLaunch.welcomeText, runs: runs)
        lines.append("  cold start → Welcome painted \(describe(samples, target: "\(samples.count) runs, target median ≤ 200 ms"))")
    } catch {
        lines.append("  cold start → Welcome painted failed: \(error)")
    }
    if let whiptail = KioskLaunch.onPath("whiptail") {
        do {
            let samples = try startup.measure(whiptail, ["--infobox", "Khyber Pass", "8", "40"], until: "Khyber Pass", runs: runs)
            lines.append("  peer: whiptail --infobox     \(describe(samples, target: "\(samples.count) runs, same pseudo-terminal"))")
        } catch {
            lines.append("  peer: whiptail --infobox     failed: \(error)")
        }
    } else {
        lines.append("  peer: whiptail --infobox     not measured: whiptail is not installed (apt-get install whiptail; `make bench` does)")
    }
    do {
        let samples = try KeyRepaintBench(calls: calls).measure(launch)
        lines.append("  key → repaint (CNIC field)   \(describe(samples, target: "\(samples.count) keys: 13 digits, 13 Backspaces, twice"))")
        if let peer = KioskLaunch.peerExecutable {
            let peerLaunch = try KioskLaunch(benchData: dataDirectory, folderName: "kiosk-run-peer", executable: peer)
            let peerSamples = try KeyRepaintBench(calls: calls).measure(peerLaunch)
            let ratio = Double(Stopwatch.percentile(samples, 50)) / Double(max(1, Stopwatch.percentile(peerSamples, 50)))
            lines.append("  peer kiosk: key → repaint    \(describe(peerSamples, target: "KHYBER_BENCH_PEER_KIOSK; ours ÷ peer median \(String(format: "%.2f", ratio))×"))")
        }
    } catch {
        lines.append("  key → repaint (CNIC field)   failed: \(error)")
    }
    return lines
}
