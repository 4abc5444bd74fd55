/// Export to USB / Import from USB (a field camp's stick): the folder, then the work, then what it did.
public struct USBScreen: Equatable, Sendable {
    /// Which way the work travels.
    public var direction: USBDirection
    /// The folder typed (prefilled from the config's `usb_folder`).
    public var folder: String
    public var phase: USBPhase
    /// How far the work is while `.working` (the latest report; nil before the first).
    public var progress: USBProgress?

    /// The screen for `direction`, with `folder` typed in and nothing done yet.
    public init(direction: USBDirection, folder: String, phase: USBPhase = .choosing(nil), progress: USBProgress? = nil) {
        self.direction = direction
        self.folder = folder
        self.phase = phase
        self.progress = progress
    }

    /// Longest folder path typed.
    public static let maxFolderLength = 200
}

/// Export (the kiosk's waiting operations onto the stick) or import (the central's receipts and changes).
public enum USBDirection: Equatable, Sendable {
    case export
    case `import`
}

/// Where a USB screen is.
public enum USBPhase: Equatable, Sendable {
    /// Typing the folder; a note when Enter was refused.
    case choosing(USBNote?)
    /// The bundle is being written or read.
    case working
    /// The export is on the stick.
    case exported(USBExportSummary)
    /// Every bundle file of the folder was looked at.
    case imported(USBImportReport)
    /// Nothing was written or taken in; the reason in plain words.
    case failed(String)
}

/// Why Enter was refused on the folder.
public enum USBNote: Equatable, Sendable {
    case noFolder
}

/// What an export wrote.
public struct USBExportSummary: Equatable, Sendable {
    /// The file's name on the stick, and the folder.
    public var fileName: String
    public var folder: String
    /// How many operations, and their sequence numbers (nil when there were none).
    public var operations: Int
    public var firstSequence: Int64?
    public var lastSequence: Int64?
    /// The file's size.
    public var bytes: Int
    /// This kiosk's export number.
    public var exportSerial: Int64

    public init(fileName: String, folder: String, operations: Int, firstSequence: Int64?, lastSequence: Int64?, bytes: Int, exportSerial: Int64) {
        self.fileName = fileName
        self.folder = folder
        self.operations = operations
        self.firstSequence = firstSequence
        self.lastSequence = lastSequence
        self.bytes = bytes
        self.exportSerial = exportSerial
    }
}

/// What an import did, file by file (in name order).
public struct USBImportReport: Equatable, Sendable {
    public var folder: String
    public var files: [USBImportedFile]
    /// This kiosk's own exports and other kiosks' files on the stick, left alone.
    public var leftAlone: Int

    public init(folder: String, files: [USBImportedFile], leftAlone: Int) {
        self.folder = folder
        self.files = files
        self.leftAlone = leftAlone
    }
}

/// One bundle file and what became of it.
public struct USBImportedFile: Equatable, Sendable {
    public var name: String
    public var outcome: USBImportOutcome

    public init(name: String, outcome: USBImportOutcome) {
        self.name = name
        self.outcome = outcome
    }
}

/// A receipt's acknowledgements, a changes bundle's changes, or why the file was refused.
public enum USBImportOutcome: Equatable, Sendable {
    /// `refusals`: the central's reasons for the operations it refused (plain words, at most a few).
    case receipt(exportSerial: Int64, accepted: Int, duplicates: Int, conflicts: Int, refused: Int, refusals: [String])
    case changes(statuses: Int, records: Int, pins: Int, trust: Int, skipped: Int, trustBundle: String?, moreWaiting: Bool)
    case refused(String)
}

/// How far an export or import is, for the bar: 0…1 of the whole, the stage, and (import) file i of n.
public struct USBProgress: Equatable, Sendable {
    public var fraction: Double
    public var stage: USBStage
    /// The operations being sealed (export), once known.
    public var operations: Int?
    /// Import: the file being read, 1-based, of `files`.
    public var file: Int?
    public var files: Int?

    public init(fraction: Double, stage: USBStage, operations: Int? = nil, file: Int? = nil, files: Int? = nil) {
        self.fraction = min(1, max(0, fraction.isFinite ? fraction : 0))
        self.stage = stage
        self.operations = operations
        self.file = file
        self.files = files
    }
}

/// The stage the bar names: export reads the outbox, seals, writes, syncs to the stick; import reads,
/// checks and applies each file.
public enum USBStage: Equatable, Sendable {
    case readingOutbox, sealing, writing, syncing
    case reading, checking, applying
    case finished
}
