import Foundation

/// Checks service definition files the way pyxform checks an XLSForm: every problem, each with
/// its file, field and reason. Used by `khyber-kiosk services check` and by `ServiceCatalog.load`.
public enum ServiceChecker {
    /// Checks one file's bytes. The definition is returned when the file could be decoded (even if
    /// it has meaning problems); it is fit to use only when `problems` is empty.
    public static func check(data: Data, file: String) -> (definition: ServiceDefinition?, problems: [DefinitionProblem]) {
        if let syntax = JSONErrorWords.syntaxError(in: data) {
            return (nil, [DefinitionProblem(file: file, reason: "not valid JSON: \(Quoted.safe(syntax))")])
        }
        let tree: JSONValue
        do {
            tree = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            return (nil, [DefinitionProblem(file: file, reason: "not valid JSON: \(JSONErrorWords.describe(error, in: data))")])
        }
        var walk = ShapeWalk(file: file)
        walk.walk(tree)
        guard walk.problems.isEmpty else { return (nil, walk.problems) }
        let definition: ServiceDefinition
        do {
            definition = try JSONDecoder().decode(ServiceDefinition.self, from: data)
        } catch {
            return (nil, [DefinitionProblem(file: file, reason: "cannot be read as a service definition: \(JSONErrorWords.describe(error, in: data))")])
        }
        var rules = DefinitionRules(definition: definition, file: file)
        rules.run()
        return (definition, rules.problems)
    }

    /// Checks every `*.json` file in a folder; an unreadable folder is one problem.
    public static func check(directory: URL) -> [DefinitionProblem] {
        ServiceCatalog.load(directory: directory).unavailable.flatMap(\.problems)
    }
}
