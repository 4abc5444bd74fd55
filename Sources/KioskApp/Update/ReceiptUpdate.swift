import Screen

extension KioskState {
    /// Enter shows the documents page when there is one, else goes Home; Esc goes Home.
    mutating func handleReceiptKey(_ key: KeyEvent, _ receipt: inout ReceiptScreen) -> [KioskEffect] {
        switch key {
        case .enter where receipt.page == 0 && ReceiptLayout.needsSecondPage(receipt, settings: settings, size: size):
            receipt.page = 1
            return []
        case .enter, .escape:
            return returnHome(highlighting: .myApplications)
        default:
            return []
        }
    }
}
