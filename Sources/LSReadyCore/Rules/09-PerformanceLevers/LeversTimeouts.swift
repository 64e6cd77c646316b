/// `levers.timeouts`: Timeouts were reviewed and are not raised to hide slow queries.
struct LeversTimeouts: Rule {
    let metadata = RuleMetadata(
        id: "levers.timeouts",
        title: "Timeouts reviewed, not masking",
        section: .performanceLevers,
        level: .manual,
        evidence: [],
        summary: "Timeouts were reviewed and are not raised to hide slow queries.",
        rationale: "Longer timeouts make slow queries look like successes while ClickHouse saturates further.",
        remediation: "Review proxy and client timeouts; where a timeout was raised, find and fix the slow query behind it.",
        examples: SignOff.examples(for: "levers.timeouts")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that timeouts were reviewed and that none is raised to hide slow queries.")
    }
}
