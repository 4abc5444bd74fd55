import ArgumentParser
import CommandLineSupport
import Foundation

/// `operator-password`: makes the hash that goes in a config's `operator_password_hash`.
struct OperatorPasswordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operator-password",
        abstract: "Hash an operator exit password for the config file.",
        discussion: "Reads the password from standard input (one line) so it stays out of the shell history, and prints the line to paste into the config."
    )

    func run() async throws {
        guard let password = readLine(strippingNewline: true), password.count >= 6 else {
            throw CLIError("give a password of at least 6 characters on standard input")
        }
        print("operator_password_hash: \"\(try OperatorPassword.encode(password))\"")
    }
}
