import AuditTrail
import FieldBundle
import Foundation
import KioskApp
import KioskStore
import KioskSync

/// Export to USB / Import from USB for the desk: the folder checked first (is the stick there, can it be
/// written), then `FieldBundleKiosk` does the work, whatever the freeze or sync state; the result in counts
/// and plain words, and an audit entry naming the operator.
extension DeskEffectRunner {
    func exportBundle(folder: String, operatorID: String, now: Date) throws -> KioskEvent {
        guard let kiosk = environment.fieldBundles else { return .desk(.usbFailed(Self.noFieldBundles)) }
        let url = URL(fileURLWithPath: Self.expanded(folder), isDirectory: true)
        if let problem = Self.folderProblem(url, writing: true) { return .desk(.usbFailed(problem)) }
        let post = environment.post
        // After the export's own audit entry (it waits in the outbox too), also when that append fails.
        defer { postOutboxCounts() }
        let outcome = DeskAsyncBridge.wait { () async -> Result<FieldBundleKiosk.Exported, FieldBundleKiosk.Problem> in
            do throws(FieldBundleKiosk.Problem) {
                return .success(try await kiosk.export(to: url, now: now) { step in post?(.desk(.usbProgress(Self.progress(step)))) })
            } catch { return .failure(error) }
        }
        switch outcome {
        case .failure(let problem):
            return .desk(.usbFailed(Self.plain(problem.description, folder: url)))
        case .success(let exported):
            let manifest = exported.manifest
            let summary = USBExportSummary(
                fileName: exported.file.lastPathComponent, folder: url.path, operations: manifest.operations ?? 0,
                firstSequence: manifest.firstSequence, lastSequence: manifest.lastSequence, bytes: exported.bytes,
                exportSerial: manifest.exportSerial ?? 0)
            try environment.registry.appendAudit(AuditEvent(action: .bundleExported, operatorID: operatorID, detail: [
                "file": summary.fileName, "operations": String(summary.operations), "bytes": String(summary.bytes),
                "exportSerial": String(summary.exportSerial),
            ]), now: now)
            return .desk(.bundleExported(summary))
        }
    }

    func importBundles(folder: String, operatorID: String, now: Date) throws -> KioskEvent {
        guard let kiosk = environment.fieldBundles else { return .desk(.usbFailed(Self.noFieldBundles)) }
        let url = URL(fileURLWithPath: Self.expanded(folder), isDirectory: true)
        if let problem = Self.folderProblem(url, writing: false) { return .desk(.usbFailed(problem)) }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".kfb") }.sorted() } catch {
            return .desk(.usbFailed("the folder \(url.path) cannot be read (\(KioskEffectRunner.plainWords(error)))"))
        }
        // Receipts first (they acknowledge what this kiosk sent), then changes in cursor order (their names sort so).
        let mine = names.filter { Self.isForThisKiosk($0, kioskID: kiosk.kioskID) }
        let ordered = mine.filter { $0.contains("-receipt-") } + mine.filter { !$0.contains("-receipt-") }
        var files: [USBImportedFile] = []
        let post = environment.post
        // After the import's own audit entry (it waits in the outbox too), also when something throws.
        defer { postOutboxCounts() }
        for (index, name) in ordered.enumerated() {
            let before = Set(try environment.registry.failedOperations().map(\.opID))
            let fileURL = url.appendingPathComponent(name)
            let count = ordered.count
            let outcome = DeskAsyncBridge.wait { () async -> Result<FieldBundleKiosk.Imported, FieldBundleKiosk.Problem> in
                do throws(FieldBundleKiosk.Problem) {
                    return .success(try await kiosk.importBundle(at: fileURL, now: now) { step in
                        post?(.desk(.usbProgress(Self.progress(step, file: index, of: count))))
                    })
                } catch { return .failure(error) }
            }
            switch outcome {
            case .failure(let problem):
                files.append(USBImportedFile(name: name, outcome: .refused(problem.description)))
            case .success(.receipt(let manifest, let tally)):
                let refusals = try environment.registry.failedOperations().filter { !before.contains($0.opID) }.prefix(3)
                    .map { CentralRefusalWords.refusal($0.reason) }
                files.append(USBImportedFile(name: name, outcome: .receipt(
                    exportSerial: manifest.exportSerial ?? 0, accepted: tally.accepted, duplicates: tally.duplicates,
                    conflicts: tally.conflicts, refused: tally.rejected, refusals: Array(refusals))))
            case .success(.changes(let manifest, let tally, let trust)):
                files.append(USBImportedFile(name: name, outcome: .changes(
                    statuses: tally.statuses, records: tally.citizens, pins: tally.pins, trust: tally.trust, skipped: tally.skipped,
                    trustBundle: trust, moreWaiting: manifest.hasMore == true)))
            }
        }
        // A refused file reports no end of its own: the bar still ends at 100 % once every file was looked at.
        if !ordered.isEmpty { post?(.desk(.usbProgress(USBProgress(fraction: 1, stage: .finished, file: ordered.count, files: ordered.count)))) }
        let report = USBImportReport(folder: url.path, files: files, leftAlone: names.count - mine.count)
        let taken = files.filter { if case .refused = $0.outcome { false } else { true } }.count
        try environment.registry.appendAudit(AuditEvent(action: .bundleImported, operatorID: operatorID, detail: [
            "files": String(files.count), "taken": String(taken), "refused": String(files.count - taken),
        ]), now: now)
        return .desk(.bundlesImported(report))
    }

    /// The outbox's counts for the header badge, right now (a receipt just acknowledged some, or an export
    /// happened), taken after the work's own audit entry was appended: the same snapshot a sync round's badge
    /// is built from (`SyncSetup.badge`). Posted before the effect's answer, so the badge is right when the
    /// result shows.
    func postOutboxCounts() {
        guard let post = environment.post, let snapshot = try? environment.registry.syncSnapshot() else { return }
        post(.desk(.outboxCounted(pending: snapshot.pending, oldestPending: snapshot.oldestPending, failed: snapshot.failed)))
    }

    /// A field-bundle step as the screen's bar shows it; an import's step is file `file` (0-based) of `files`,
    /// its fraction a share of the whole import.
    static func progress(_ step: FieldBundleKiosk.Progress, file: Int? = nil, of files: Int? = nil) -> USBProgress {
        let stage: USBStage = switch step.stage {
        case .readingOutbox: .readingOutbox
        case .sealing: .sealing
        case .writing: .writing
        case .syncing: .syncing
        case .reading: .reading
        case .checking: .checking
        case .applying: .applying
        case .finished: .finished
        }
        guard let file, let files, files > 0 else { return USBProgress(fraction: step.fraction, stage: stage, operations: step.operations) }
        // A file's end is not the import's end: `.finished` is said once, after the last file.
        let shown: USBStage = stage == .finished ? .applying : stage
        return USBProgress(fraction: (Double(file) + step.fraction) / Double(files), stage: shown, file: file + 1, files: files)
    }

    static let noFieldBundles = "USB bundles need this kiosk enrolled (its device key) and a pinned provincial root; ask the supervisor."

    /// `~/stick` → the home folder's `stick`.
    static func expanded(_ folder: String) -> String { (folder as NSString).expandingTildeInPath }

    /// Why `url` cannot be used, in plain words; nil when it can.
    static func folderProblem(_ url: URL, writing: Bool) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            return "there is no folder \(url.path): is the USB stick plugged in (and opened)? Check the folder's name."
        }
        guard isFolder.boolValue else { return "\(url.path) is a file, not a folder: type the folder the stick opens as." }
        if writing, !FileManager.default.isWritableFile(atPath: url.path) {
            return "the stick at \(url.path) cannot be written (it may be full, locked or read-only). Try another stick."
        }
        if !writing, !FileManager.default.isReadableFile(atPath: url.path) {
            return "the folder \(url.path) cannot be read. Try the stick again, or another one."
        }
        return nil
    }

    /// A bundle made by the central for this kiosk: `KIOSK-receipt-…` or `KIOSK-changes-…` (this kiosk's own
    /// exports, `KIOSK-operations-…`, and other kiosks' files stay on the stick untouched).
    static func isForThisKiosk(_ name: String, kioskID: String) -> Bool {
        name.hasPrefix(kioskID + "-receipt-") || name.hasPrefix(kioskID + "-changes-")
    }

    /// A write failure on the stick said plainly (a full or pulled stick shows up as an I/O error).
    static func plain(_ problem: String, folder: URL) -> String {
        let lowered = problem.lowercased()
        if lowered.contains("no space") { return "the stick at \(folder.path) is full: \(problem)" }
        if lowered.contains("permission") || lowered.contains("read-only") { return "the stick at \(folder.path) cannot be written: \(problem)" }
        return problem
    }
}

/// The outbox screen's plain words for a central's refusal, shared with the import's report.
enum CentralRefusalWords {
    static func refusal(_ reason: String) -> String {
        for prefix in ["conflict: ", "rejected: "] where reason.hasPrefix(prefix) { return String(reason.dropFirst(prefix.count)) }
        return reason
    }
}
