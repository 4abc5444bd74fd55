import GRDB

extension RegistrySchema {
    /// Registry records pulled before this build kept the central's spelling of the mobile number
    /// (`03115570085`), which a search in the normal form (`0311-5570085`) never found: rewrite them in
    /// `MobileNumber.canonical` form ("v4-mobile-normal-form").
    static func v4MobileNormalForm(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE citizen SET mobile = substr(mobile, 1, 4) || '-' || substr(mobile, 5)
            WHERE length(mobile) = 11 AND mobile GLOB '03[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'
            """)
    }
}
