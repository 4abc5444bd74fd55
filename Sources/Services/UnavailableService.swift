/// A service file the kiosk could not use: shown to citizens as "not available at the moment",
/// listed for operators with its problems. The rest of the catalog keeps working.
public struct UnavailableService: Hashable, Sendable {
    /// The file name (or the folder, when the folder itself could not be read).
    public let file: String
    /// The service id, when the file got far enough to name one.
    public let id: String?
    /// The service title, when the file got far enough to give one.
    public let title: LocalizedText?
    /// Every problem found; never empty.
    public let problems: [DefinitionProblem]

    /// An unavailable service and why.
    public init(file: String, id: String?, title: LocalizedText?, problems: [DefinitionProblem]) {
        self.file = file
        self.id = id
        self.title = title
        self.problems = problems
    }
}
