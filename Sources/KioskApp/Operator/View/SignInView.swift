import Screen

/// Operator sign-in: id, password as dots, and what the check said.
enum SignInView {
    static func draw(_ signIn: OperatorSignInScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let legend = state.settings.opensOnOperatorSignIn ? SignInWording.legend(state) : SignInWording.walkInLegend(state)
        let body = DeskChrome.draw(state, legend: legend, on: &frame)
        var items: [BodyItem] = [.text(SignInWording.title(state), KioskStyle.title), .gap()]
        items.append(DeskView.field(SignInWording.idLabel(state), signIn.id, focused: signIn.focus == .id && !signIn.isChecking))
        items.append(DeskView.field(SignInWording.secretLabel(state), DeskView.dots(signIn.secret.count, mode), focused: signIn.focus == .secret && !signIn.isChecking))
        items += [.gap(), .text(SignInWording.hint(state), KioskStyle.quiet), .gap()]
        if signIn.isChecking {
            items.append(.text(SignInWording.checking(state)))
        } else if let note = signIn.note {
            items.append(.text(SignInWording.note(note, state), KioskStyle.attention))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}

/// First password: twice, as dots.
enum SetPasswordView {
    static func draw(_ setting: SetPasswordScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = DeskChrome.draw(state, legend: SignInWording.setLegend(state), on: &frame)
        var items: [BodyItem] = [.text(SignInWording.setTitle(state), KioskStyle.title), .text("\(setting.account.id) \(setting.account.name)"), .gap()]
        items.append(DeskView.field(SignInWording.firstLabel(state), DeskView.dots(setting.first.count, mode), focused: setting.focus == .first))
        items.append(DeskView.field(SignInWording.secondLabel(state), DeskView.dots(setting.second.count, mode), focused: setting.focus == .second))
        items += [.gap(), .text(SignInWording.setHint(state), KioskStyle.quiet), .gap()]
        if setting.isSaving {
            items.append(.text(SignInWording.saving(state)))
        } else if let note = setting.note {
            items.append(.text(SignInWording.note(note, state), KioskStyle.attention))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
