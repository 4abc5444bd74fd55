/// The operator desk's steps the end-to-end tests share, pressed as an operator would.
extension TmuxSession {
    /// The demo operator (`scripts/demo-operators.sh`).
    static let demoOperator = (id: "OP-0001", password: "counter-demo-1", signedIn: "Signed in: OP-0001 Demo Operator (operator)")

    /// From the sign-in screen (already showing) to the desk's menu.
    func signInAtDesk(id: String = TmuxSession.demoOperator.id, password: String = TmuxSession.demoOperator.password) throws {
        try type(id)
        try press("Tab")
        try type(password)
        try press("Enter")
        try waitFor(text: "Operator desk", timeout: 20)
    }

    /// From the menu: Find a citizen by CNIC, to their record.
    func openRecordAtDesk(cnic: String, formatted: String) throws {
        try type("1")
        try waitFor(text: "Find a citizen")
        try type(cnic)
        try press("Enter")
        try waitFor(text: "CNIC \(formatted)")
    }

    /// From a citizen's record back to the menu (record → Find → menu).
    func leaveRecordForMenu() throws {
        try press("Escape")
        try waitFor(text: "Find a citizen")
        try press("Escape")
        try waitFor(text: "Operator desk")
    }
}
