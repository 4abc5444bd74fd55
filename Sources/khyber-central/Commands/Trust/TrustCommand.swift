import ArgumentParser

/// `trust`: the province's trust bundle — the offline root, the issuers and revocations it certifies, and
/// the draft → sign (offline) → publish cycle (docs/trust-bundle.md).
struct TrustCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust",
        abstract: "Manage the signed trust bundle every kiosk believes: root, issuers, revocations, draft, sign, publish.",
        discussion: """
        The cycle, with the root key kept offline:
          khyber-central trust root-init --out root.json          once, on the offline machine
          khyber-central trust pin-root --public-key KEY          once, at the central
          khyber-central trust add-signer --public-key KEY --scope kiosk:KPPSH001
          khyber-central trust draft --out draft.json             at the central
          khyber-central trust sign --root-key root.json --draft draft.json --out bundle.ktb   offline
          khyber-central trust publish bundle.ktb                 at the central; kiosks fetch it on their next pull
        """,
        subcommands: [
            RootInit.self, PinRoot.self, Draft.self, Sign.self, Publish.self, Status.self, AddSigner.self, RemoveSigner.self,
            Revoke.self,
        ]
    )
}
