import Foundation
import Screen

extension KioskState {
    /// Export to USB / Import from USB: type the folder (Ctrl-U clears it), Enter starts; while the bundle is
    /// written or read keys wait; on the result Enter goes back to the folder (another stick, another try) and
    /// Esc to the menu. Export is offered whatever the freeze or sync state: it is how a frozen kiosk catches up.
    func reduceUSBKey(_ key: KeyEvent, _ current: USBScreen) -> ScreenTransition<USBScreen> {
        var usb = current
        let back: DeskMenuItem = usb.direction == .export ? .exportUSB : .importUSB
        switch usb.phase {
        case .working:
            return .stay(usb)
        case .exported, .imported, .failed:
            if key == .escape { return .go(.desk(.menu(DeskMenuScreen(highlighted: back)))) }
            guard key == .enter else { return .stay(usb) }
            usb.phase = .choosing(nil)
            return .stay(usb)
        case .choosing:
            switch key {
            case .escape:
                return .go(.desk(.menu(DeskMenuScreen(highlighted: back))))
            case .control("u"):
                usb.folder = ""
                usb.phase = .choosing(nil)
                return .stay(usb)
            case .enter:
                let folder = usb.folder.trimmingCharacters(in: .whitespaces)
                guard !folder.isEmpty else {
                    usb.phase = .choosing(.noFolder)
                    return .stay(usb)
                }
                usb.folder = folder
                usb.phase = .working
                usb.progress = nil
                let effect: DeskEffect = usb.direction == .export
                    ? .exportBundle(folder: folder, operatorID: operatorID)
                    : .importBundles(folder: folder, operatorID: operatorID)
                return .stay(usb, effects: [.desk(effect)])
            default:
                if DeskTextInput.type(key, into: &usb.folder, limit: USBScreen.maxFolderLength) { usb.phase = .choosing(nil) }
                return .stay(usb)
            }
        }
    }

    /// The USB screen for `direction`, its folder from the config.
    func usbScreen(_ direction: USBDirection) -> USBScreen {
        USBScreen(direction: direction, folder: settings.usbFolder ?? "")
    }

    /// The export's or import's answer, taken only by the USB screen that waits for it.
    mutating func handleUSBAnswer(_ event: DeskEvent) -> [KioskEffect] {
        guard case .desk(.usb(var usb)) = screen, usb.phase == .working else { return [] }
        switch event {
        case .bundleExported(let summary) where usb.direction == .export: usb.phase = .exported(summary)
        case .bundlesImported(let report) where usb.direction == .import: usb.phase = .imported(report)
        case .usbFailed(let reason): usb.phase = .failed(reason)
        default: return []
        }
        screen = .desk(.usb(usb))
        return []
    }

    /// The latest progress of the work, taken only while the USB screen waits (a late report after the
    /// result, or one for a screen left, does nothing); the bar never goes back.
    mutating func handleUSBProgress(_ progress: USBProgress) -> [KioskEffect] {
        guard case .desk(.usb(var usb)) = screen, usb.phase == .working else { return [] }
        if let shown = usb.progress, shown.fraction > progress.fraction {
            var kept = progress
            kept.fraction = shown.fraction
            usb.progress = kept
        } else {
            usb.progress = progress
        }
        screen = .desk(.usb(usb))
        return []
    }

    /// The outbox's counts right after a stick's export or import: the header badge's waiting count and
    /// oldest (the link, last sync and warnings stay as the last sync round left them).
    mutating func handleOutboxCounted(pending: Int, oldestPending: Date?, failed: Int) -> [KioskEffect] {
        connection.pending = pending
        connection.oldestPending = oldestPending
        connection.failed = failed
        return []
    }
}
