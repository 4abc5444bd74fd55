import Foundation

/// A parsed `postgres://user[:password]@host[:port]/database` (or `postgresql://`) location.
public struct PostgresLocation: Hashable, Sendable {
    public var username: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String

    public init(username: String, password: String?, host: String, port: Int, database: String) {
        self.username = username
        self.password = password
        self.host = host
        self.port = port
        self.database = database
    }

    /// Parses `url`; throws `.badLocation` with a sentence saying what is wrong (never the password).
    public init(url: String) throws(CentralStorageError) {
        let example = "postgres://user[:password]@host:port/database"
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "postgres" || scheme == "postgresql" else {
            throw .badLocation("\(Self.redacted(url)) is not a PostgreSQL URL; write \(example)")
        }
        guard let user = components.user, !user.isEmpty else {
            throw .badLocation("the PostgreSQL URL \(Self.redacted(url)) names no user; write \(example)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw .badLocation("the PostgreSQL URL \(Self.redacted(url)) names no host; write \(example)")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw .badLocation("the PostgreSQL URL \(Self.redacted(url)) names no database (or more than one path part); write \(example)")
        }
        let port = components.port ?? 5432
        guard (1...65535).contains(port) else {
            throw .badLocation("the PostgreSQL URL \(Self.redacted(url)) has port \(port), which is not between 1 and 65535")
        }
        self.init(
            username: components.percentEncodedUser?.removingPercentEncoding ?? user,
            password: components.percentEncodedPassword?.removingPercentEncoding ?? components.password,
            host: host, port: port,
            database: database.removingPercentEncoding ?? database)
    }

    /// The location as a URL with the password left out (safe for logs and messages).
    public var redactedURL: String {
        "postgres://\(username)@\(host):\(port)/\(database)"
    }

    /// `url` with anything between `://` and `@` that follows a colon replaced by `***`.
    static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://"), let at = url.range(of: "@", range: schemeEnd.upperBound..<url.endIndex) else {
            return String(url.prefix(200))
        }
        let userInfo = url[schemeEnd.upperBound..<at.lowerBound]
        guard let colon = userInfo.firstIndex(of: ":") else { return String(url.prefix(200)) }
        return String((url[..<colon] + ":***" + url[at.lowerBound...]).prefix(200))
    }
}
