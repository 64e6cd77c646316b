/// `ops.alerting`: Alerts fire on sustained ingestion delay or query saturation.
struct OpsAlerting: Rule {
    let metadata = RuleMetadata(
        id: "ops.alerting",
        title: "Alerts on ingestion delay and saturation",
        section: .operations,
        level: .manual,
        evidence: [],
        summary: "Alerts fire on sustained ingestion delay or query saturation.",
        rationale: "A dashboard nobody watches finds problems after the users do; alerts on sustained delay give time to act.",
        remediation: "Alert when ingestion delay or concurrent ClickHouse queries stay above their thresholds for several minutes.",
        examples: SignOff.examples(for: "ops.alerting")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that alerts fire on sustained ingestion delay or query saturation.")
    }
}
