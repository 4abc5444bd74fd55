import CommandLineSupport

// `RunCommand` and the runtime files beside it (PassDesk, Registry, KioskEffectRunner, which are moving to
// their own library) use these names without importing CommandLineSupport. Delete this file once they
// import it themselves.
typealias CLIError = CommandLineSupport.CLIError
typealias DataFolder = CommandLineSupport.DataFolder
typealias Assets = CommandLineSupport.Assets
