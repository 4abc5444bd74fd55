import CentralStore
import ProvincialTrust

extension BundleDevice {
    /// A device the central has decided on (approved or revoked), as the bundle lists it; nil for a
    /// pending request, which no kiosk should hear of.
    init?(decided device: DeviceRecord) {
        guard device.status != .pending else { return nil }
        self.init(kioskID: device.kioskID, publicKey: device.devicePublicKey, centre: device.centre, districts: device.districts, status: device.status.rawValue)
    }
}
