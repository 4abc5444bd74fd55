import IdentityCore
import QRCode
import Screen

extension KioskState {
    /// Esc or Enter goes back to Home.
    func reduceMyPassKey(_ key: KeyEvent, _ pass: MyPassScreen) -> ScreenTransition<MyPassScreen> {
        switch key {
        case .escape, .enter: .home(highlighting: .myPass)
        default: .stay(pass)
        }
    }

    /// The pass arrived: kept for the session and encoded once.
    mutating func handlePassLoaded(text: String, validUntil: CalendarDate) -> [KioskEffect] {
        guard case .myPass(.preparing) = screen, citizen != nil else { return [] }
        citizen?.passText = text
        citizen?.passValidUntil = validUntil
        screen = .myPass(MyPassScreen(passText: text))
        return []
    }
}

extension MyPassScreen {
    /// The screen for pass text: its QR symbol, or `.unreadable` when it cannot be encoded.
    init(passText: String) {
        if let matrix = try? QREncoder.encodeAlphanumeric(passText) {
            self = .ready(matrix)
        } else {
            self = .unreadable
        }
    }
}
