/// SQL that reads the same on SQLite and PostgreSQL (`?` placeholders; PostgreSQL code interpolates).
enum SQLText {
    /// Ranges of sequence numbers missing below a kiosk's highest, oldest first, at most 20.
    static let gaps = """
        SELECT prev + 1 AS first, sequence - 1 AS last FROM (
            SELECT sequence, LAG(sequence, 1, 0) OVER (ORDER BY sequence) AS prev FROM operation WHERE kiosk_id = ?
        ) AS s WHERE sequence - prev > 1 ORDER BY sequence LIMIT 20
        """
}
