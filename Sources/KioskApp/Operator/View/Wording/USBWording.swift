/// The words of Export to USB and Import from USB, from the string catalogs (`desk.usb.*`). Reasons that come
/// from the field-bundle code (a refusal, a missing folder) are passed in as they are.
enum USBWording {
    static func title(_ direction: USBDirection, _ state: KioskState) -> String {
        state.text(direction == .export ? "desk.usb.title.export" : "desk.usb.title.import")
    }

    static func explain(_ direction: USBDirection, _ state: KioskState) -> String {
        state.text(direction == .export ? "desk.usb.explain.export" : "desk.usb.explain.import")
    }

    static func folderLabel(_ state: KioskState) -> String { state.text("desk.usb.folder") }

    static func legend(_ phase: USBPhase, _ state: KioskState) -> String {
        switch phase {
        case .choosing: state.text("desk.usb.legend.choosing")
        case .working: state.text("desk.usb.legend.working")
        case .exported, .imported, .failed: state.text("desk.usb.legend.done")
        }
    }

    static func working(_ direction: USBDirection, _ state: KioskState) -> String {
        state.text(direction == .export ? "desk.usb.working.export" : "desk.usb.working.import")
    }

    /// `[██████░░░░]  60%` (`#`/`-` in ASCII mode); `cells` inside the brackets.
    static func bar(_ progress: USBProgress, cells: Int, _ mode: GlyphMode) -> String {
        let filled = min(cells, max(0, Int((progress.fraction * Double(cells)).rounded(.down))))
        let full: Character = mode == .unicode ? "█" : "#", empty: Character = mode == .unicode ? "░" : "-"
        let percent = String(Int((progress.fraction * 100).rounded(.down)))
        let padded = String(repeating: " ", count: max(0, 3 - percent.count)) + percent
        return "[" + String(repeating: full, count: filled) + String(repeating: empty, count: cells - filled) + "] " + padded + "%"
    }

    /// The stage in words: what the export or import does now.
    static func stage(_ progress: USBProgress, _ state: KioskState) -> String {
        let count = ["count": String(progress.operations ?? 0)]
        let file = ["file": String(progress.file ?? 1), "files": String(progress.files ?? 1)]
        switch progress.stage {
        case .readingOutbox: return state.text("desk.usb.stage.readingOutbox")
        case .sealing: return state.text("desk.usb.stage.sealing", count)
        case .writing: return state.text("desk.usb.stage.writing", count)
        case .syncing: return state.text("desk.usb.stage.syncing")
        case .reading: return state.text("desk.usb.stage.reading", file)
        case .checking: return state.text("desk.usb.stage.checking", file)
        case .applying: return state.text("desk.usb.stage.applying", file)
        case .finished: return state.text("desk.usb.stage.finished")
        }
    }

    static func note(_ note: USBNote, _ state: KioskState) -> String {
        switch note {
        case .noFolder: state.text("desk.usb.noFolder")
        }
    }

    static func failed(_ direction: USBDirection, _ reason: String, _ state: KioskState) -> String {
        state.text(direction == .export ? "desk.usb.failed.export" : "desk.usb.failed.import", ["reason": reason])
    }

    static func exported(_ summary: USBExportSummary, _ state: KioskState) -> [String] {
        let range: String
        if let first = summary.firstSequence, let last = summary.lastSequence {
            range = first == last ? state.text("desk.usb.range.one", ["first": String(first)])
                : state.text("desk.usb.range.many", ["first": String(first), "last": String(last)])
        } else {
            range = state.text("desk.usb.range.none")
        }
        return [
            state.text("desk.usb.exported", ["count": String(summary.operations), "range": range]),
            state.text("desk.usb.file", ["file": summary.fileName, "size": bytes(summary.bytes, state), "serial": String(summary.exportSerial)]),
            state.text("desk.usb.folderLine", ["folder": summary.folder]),
            "",
            state.text("desk.usb.takeToCentral"),
        ]
    }

    /// One line per file (true: needs the operator), then what was left alone.
    static func imported(_ report: USBImportReport, _ state: KioskState) -> [(String, Bool)] {
        var lines: [(String, Bool)] = []
        if report.files.isEmpty { lines.append((state.text("desk.usb.noBundle", ["folder": report.folder]), true)) }
        for file in report.files {
            switch file.outcome {
            case .receipt(let serial, let accepted, let duplicates, let conflicts, let refused, let refusals):
                lines.append((state.text("desk.usb.receipt", [
                    "file": file.name, "serial": String(serial), "accepted": String(accepted), "duplicates": String(duplicates),
                    "conflicts": String(conflicts), "refused": String(refused),
                ]), conflicts + refused > 0))
                for reason in refusals { lines.append((state.text("desk.usb.refusedReason", ["reason": reason]), true)) }
            case .changes(let statuses, let records, let pins, let trust, let skipped, let trustBundle, let more):
                lines.append((state.text("desk.usb.changes", [
                    "file": file.name, "statuses": String(statuses), "records": String(records), "pins": String(pins), "trust": String(trust),
                ]), false))
                if skipped > 0 { lines.append((state.text("desk.usb.skipped", ["skipped": String(skipped)]), false)) }
                if let trustBundle { lines.append(("  " + trustBundle, false)) }
                if more { lines.append((state.text("desk.usb.more"), true)) }
            case .refused(let reason):
                lines.append((state.text("desk.usb.refusedFile", ["file": file.name, "reason": reason]), true))
            }
        }
        if report.leftAlone > 0 { lines.append((state.text("desk.usb.leftAlone", ["count": String(report.leftAlone)]), false)) }
        return lines
    }

    /// The end of a long path (the part that names the stick's folder), `…` before it.
    static func tail(_ folder: String, _ room: Int, _ mode: GlyphMode) -> String {
        guard folder.count > room, room > 1 else { return folder }
        return mode.ellipsis + String(folder.suffix(room - mode.ellipsis.count))
    }

    /// `1234 bytes`, `12.3 KB`, `4.5 MB`.
    static func bytes(_ count: Int, _ state: KioskState) -> String {
        if count < 10_000 { return state.text("desk.usb.bytes", ["count": String(count)]) }
        if count < 10_000_000 { return "\(Double(count / 100) / 10) KB" }
        return "\(Double(count / 100_000) / 10) MB"
    }
}
