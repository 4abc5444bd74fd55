/// The words of `conflict` acknowledgements, the same on every backend.
enum IngestReasons {
    static func otherContent(opID: String) -> String {
        "operation \(opID.prefix(40)) is already stored with other content; the stored one stands"
    }

    static func sequenceTaken(sequence: Int64, kioskID: String) -> String {
        "sequence \(sequence) of kiosk \(kioskID.prefix(40)) is already stored under another operation id"
    }

    static func applicationTaken(applicationID: String) -> String {
        "application \(applicationID.prefix(40)) (or its tracking number) is already filed by another operation"
    }
}
