import Foundation
import GRDB
import IdentityCore
import KhyberVocabulary
import Services

extension RegistryDatabase {
    /// A citizen's applications, newest first, as receipts. Titles, documents, collection and
    /// processing time come from `catalog`; a service no longer in it shows its id as title.
    public func applications(for cnic: CNIC, catalog: ServiceCatalog) throws(RegistryError) -> [ApplicationReceipt] {
        try applications(where: "cnic = ?", arguments: [cnic.number], order: true, limit: nil, catalog: catalog)
    }

    /// The application with this tracking number; nil when there is none.
    public func application(tracking: String, catalog: ServiceCatalog) throws(RegistryError) -> ApplicationReceipt? {
        try applications(where: "tracking = ?", arguments: [tracking], order: false, limit: 1, catalog: catalog).first
    }

    /// Every application on this kiosk, newest first, at most `limit` (all when nil).
    public func allApplications(limit: Int? = nil, catalog: ServiceCatalog) throws(RegistryError) -> [ApplicationReceipt] {
        try applications(where: nil, arguments: [], order: true, limit: limit, catalog: catalog)
    }

    /// How many applications this kiosk holds.
    public func applicationCount() throws(RegistryError) -> Int {
        try readSingleStatement { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM application") ?? 0 }
    }

    /// How many outbox operations the central store has not acknowledged yet.
    public func pendingOutboxCount() throws(RegistryError) -> Int {
        try readSingleStatement { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox WHERE acknowledged_at IS NULL") ?? 0 }
    }

    /// When the oldest unacknowledged outbox operation was made; nil when none is pending.
    public func oldestPendingOutboxDate() throws(RegistryError) -> Date? {
        try readSingleStatement { db in
            try Double.fetchOne(db, sql: "SELECT min(created_at) FROM outbox WHERE acknowledged_at IS NULL").map(Date.init(timeIntervalSince1970:))
        }
    }

    /// Sets an application's status (back office, tests); false when no application has this tracking number.
    ///
    /// Only the local row changes: status changes made centrally arrive by sync, not through the outbox.
    @discardableResult
    public func setStatus(tracking: String, to status: ApplicationStatus, at instant: Date) throws(RegistryError) -> Bool {
        try write { db in
            try db.execute(
                sql: "UPDATE application SET status = ?, status_changed_at = ? WHERE tracking = ?",
                arguments: [status.rawValue, instant.timeIntervalSince1970, tracking]
            )
            return db.changesCount == 1
        }
    }

    private func applications(
        where condition: String?, arguments: StatementArguments, order: Bool, limit: Int?, catalog: ServiceCatalog
    ) throws(RegistryError) -> [ApplicationReceipt] {
        var sql = ApplicationRow.select
        if let condition { sql += " WHERE " + condition }
        if order { sql += " ORDER BY submitted_at DESC, sequence DESC, id DESC" }
        if let limit { sql += " LIMIT \(max(0, limit))" }
        let path = self.path
        return try readSingleStatement { db in
            try ApplicationRow.fetchAll(db, sql: sql, arguments: arguments).map { row in
                try row.receipt(catalog: catalog, path: path)
            }
        }
    }
}
