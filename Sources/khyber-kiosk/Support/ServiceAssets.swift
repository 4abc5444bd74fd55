import CommandLineSupport
import Foundation
import Services

extension Assets {
    /// The services in `Assets/services/` (broken files are left out; `config-check` reports them).
    static func serviceCatalog() throws -> ServiceCatalog {
        ServiceCatalog.load(directory: try servicesFolder())
    }
}
