/// An error whose description is fit for the kiosk log as it is: plain words, never a PIN or a
/// full CNIC. Other errors are logged by their type name only.
public protocol LoggableError: Error, CustomStringConvertible {}
