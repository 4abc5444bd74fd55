import Screen

extension KioskState {
    /// Enter shows the documents page when there is one, else goes Home; Esc goes Home.
    func reduceReceiptKey(_ key: KeyEvent, _ receipt: ReceiptScreen) -> ScreenTransition<ReceiptScreen> {
        switch key {
        case .enter where receipt.page == 0 && ReceiptLayout.needsSecondPage(receipt, self):
            var documents = receipt
            documents.page = 1
            return .stay(documents)
        case .enter, .escape:
            return .home(highlighting: .myApplications)
        default:
            return .stay(receipt)
        }
    }
}
