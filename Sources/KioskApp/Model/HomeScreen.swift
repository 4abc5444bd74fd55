/// The Home menu and which entry Up/Down has highlighted.
public struct HomeScreen: Equatable, Sendable {
    /// The entry Enter would choose (shown in reverse video).
    public var highlighted: HomeMenuItem

    /// A Home screen with `highlighted` (default: My Khyber Pass).
    public init(highlighted: HomeMenuItem = .myPass) {
        self.highlighted = highlighted
    }
}
