/// Shared shape of the rules that only a person can verify: they are `manual`
/// until attested in `.lsready.yaml`, and their examples show both states.
enum SignOff {
    /// The two examples every sign-off rule has: open, and attested.
    static func examples(for id: String) -> [RuleExample] {
        [
            RuleExample("no attestation yet: a person must sign it off", expect: .manual, values: minimalValues),
            RuleExample("attested in .lsready.yaml", expect: .pass, values: minimalValues, attested: [id]),
        ]
    }

    /// The judgement of a sign-off rule before any attestation.
    static func open(_ what: String) -> Judgement {
        .manual("Needs sign-off: \(what) Record it as an attestation in .lsready.yaml once verified.")
    }

    static let minimalValues = """
        config:
          langsmithLicenseKey: ""
        """
}
