import QRCode
import Services

/// After Submit: the receipt, its tracking number as a QR symbol, and which page is shown.
public struct ReceiptScreen: Equatable, Sendable {
    /// What was saved.
    public var receipt: ApplicationReceipt
    /// The tracking number as a QR symbol (encoded once); nil when it cannot be encoded.
    public var code: QRMatrix?
    /// 0: the receipt; 1: the documents to bring, when they did not fit on the first page.
    public var page: Int

    /// The receipt screen for `receipt`, first page, its tracking number encoded.
    public init(receipt: ApplicationReceipt, page: Int = 0) {
        self.receipt = receipt
        self.code = TrackingCode.matrix(receipt.tracking)
        self.page = page
    }
}

/// The QR symbol of a tracking number.
public enum TrackingCode {
    /// Alphanumeric mode when the text allows it (it always does for `KPPSH001-000123-K`), else bytes.
    public static func matrix(_ tracking: String) -> QRMatrix? {
        if let matrix = try? QREncoder.encodeAlphanumeric(tracking) { return matrix }
        return try? QREncoder.encodeBytes(tracking)
    }
}
