import Services

/// My applications: the citizen's applications, newest first, and the one opened.
public struct MyApplicationsScreen: Equatable, Sendable {
    /// The applications, newest first; nil while waiting for `.applicationsLoaded`.
    public var receipts: [ApplicationReceipt]?
    /// Which page of nine is shown.
    public var page: Int
    /// The index of the application shown in detail, if one is open.
    public var selected: Int?

    /// The screen; the default is waiting for the list.
    public init(receipts: [ApplicationReceipt]? = nil, page: Int = 0, selected: Int? = nil) {
        self.receipts = receipts
        self.page = page
        self.selected = selected
    }
}
