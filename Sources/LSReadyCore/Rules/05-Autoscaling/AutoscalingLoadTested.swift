/// `autoscaling.load-tested`: HPA scaling behaviour was exercised under realistic load.
struct AutoscalingLoadTested: Rule {
    let metadata = RuleMetadata(
        id: "autoscaling.load-tested",
        title: "Autoscaling tested under load",
        section: .autoscaling,
        level: .manual,
        evidence: [],
        summary: "HPA scaling behaviour was exercised under realistic load.",
        rationale: "Autoscaling that was never triggered tends to fail when first needed: thresholds too high, scale-up too slow, or limits reached.",
        remediation: "Run a load test that drives the services past their HPA targets and check that they scale out and back in as intended.",
        examples: SignOff.examples(for: "autoscaling.load-tested")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that HPA scaling was exercised under realistic load.")
    }
}
