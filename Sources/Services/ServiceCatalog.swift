import Foundation

/// The services a kiosk offers, loaded from a folder of definition files (`Assets/services/*.json`).
///
/// Loading never fails as a whole: a broken file becomes one `UnavailableService` with its
/// problems, and every other service stays available.
public struct ServiceCatalog: Sendable {
    /// Loaded and valid, sorted by English title.
    public let services: [ServiceDefinition]
    /// Broken files, each with its problems, sorted by file name.
    public let unavailable: [UnavailableService]

    /// A catalog from already-checked parts (tests, previews).
    public init(services: [ServiceDefinition], unavailable: [UnavailableService] = []) {
        self.services = services.sorted { ($0.title.en, $0.id) < ($1.title.en, $1.id) }
        self.unavailable = unavailable.sorted { $0.file < $1.file }
    }

    /// Reads and checks every `*.json` file in `directory`. Never throws: an unreadable folder gives
    /// no services and one unavailable entry naming the folder.
    public static func load(directory: URL) -> ServiceCatalog {
        let files: [URL]
        do {
            files = try ServiceFiles.list(in: directory)
        } catch {
            let name = directory.path
            let problem = DefinitionProblem(file: name, reason: "cannot read the services folder: \(error.localizedDescription)")
            return ServiceCatalog(services: [], unavailable: [UnavailableService(file: name, id: nil, title: nil, problems: [problem])])
        }
        var services: [ServiceDefinition] = []
        var unavailable: [UnavailableService] = []
        for url in files {
            let name = url.lastPathComponent
            let data: Data
            do {
                data = try ServiceFiles.read(url)
            } catch {
                let problem = DefinitionProblem(file: name, reason: "cannot read the file: \(error)")
                unavailable.append(UnavailableService(file: name, id: nil, title: nil, problems: [problem]))
                continue
            }
            let result = ServiceChecker.check(data: data, file: name)
            if let definition = result.definition, result.problems.isEmpty {
                services.append(definition)
            } else {
                let named = ServiceFiles.identity(of: data)
                unavailable.append(UnavailableService(file: name, id: named.id, title: named.title, problems: result.problems))
            }
        }
        return ServiceCatalog(services: services, unavailable: unavailable)
    }

    /// The available service with this id; nil when there is none or it is unavailable.
    public func service(id: String) -> ServiceDefinition? {
        services.first { $0.id == id }
    }
}
