import CentralStore
import ProvincialTrust

extension BundleDevice {
    /// A device the central has decided on (approved or revoked), as the bundle lists it; nil for a
    /// pending request, which no kiosk should hear of. An approved device is `active`, as docs/trust-bundle.md
    /// names it (kiosks take their centre, and so their operators, from their own active entry).
    init?(decided device: DeviceRecord) {
        guard device.status != .pending else { return nil }
        let status = device.status == .approved ? BundleDevice.activeStatus : device.status.rawValue
        self.init(kioskID: device.kioskID, publicKey: device.devicePublicKey, centre: device.centre, districts: device.districts, status: status)
    }
}
