import ArgumentParser
import CentralStore
import CommandLineSupport
import Logging

/// `--db URL` and `--log-level`, shared by every command; opens the storage and always closes it.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The central database: sqlite:PATH or postgres://USER:PASSWORD@HOST:PORT/DB.", valueName: "url"))
    var url: String = "sqlite:central.sqlite"

    @Option(help: ArgumentHelp("Log level on stderr.", valueName: "level"))
    var logLevel: LogLevel?

    /// Logs go to stderr (stdout carries the commands' output); `defaultLevel` unless --log-level.
    func logger(defaultLevel: Logger.Level) -> Logger {
        let level = logLevel?.logger ?? defaultLevel
        CentralLogging.bootstrap()
        var logger = Logger(label: "khyber-central")
        logger.logLevel = level
        return logger
    }

    /// Opens the storage, runs `body`, closes the storage; storage errors become one-line `CLIError`s.
    func withStorage<T: Sendable>(
        logLevel defaultLevel: Logger.Level = .critical, _ body: (any CentralStorage) async throws -> T
    ) async throws -> T {
        let storage = try await open(logger: logger(defaultLevel: defaultLevel))
        do {
            let value = try await body(storage)
            await storage.close()
            return value
        } catch let error as CentralStorageError {
            await storage.close()
            throw CLIError(error)
        } catch {
            await storage.close()
            throw error
        }
    }

    /// Opens the storage; a bad URL, an unreachable server or a file that is not ours is a `CLIError`.
    func open(logger: Logger) async throws -> any CentralStorage {
        do {
            return try await CentralStorageOpener.open(url: url, logger: logger)
        } catch {
            throw CLIError(error)
        }
    }
}
