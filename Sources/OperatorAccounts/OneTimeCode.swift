/// First-time sign-in codes: 10 characters from 31 that cannot be mistaken for one another (no 0/O, 1/I/L),
/// shown as `ABCDE-FGHJK`: about 49 bits, so its verifier in a bundle cannot be guessed before it is replaced.
public enum OneTimeCode {
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// A fresh code from the system's random generator.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<10).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return String(characters[0..<5]) + "-" + String(characters[5...])
    }

    /// What the operator typed, as hashed: capitals, without dashes and spaces.
    public static func normalised(_ typed: String) -> String {
        String(typed.uppercased().filter { $0 != "-" && $0 != " " })
    }
}
