/// `diagnostics.log-collection`: The procedure to collect LangSmith logs (Kubernetes or Docker) is documented.
struct DiagnosticsLogCollection: Rule {
    let metadata = RuleMetadata(
        id: "diagnostics.log-collection",
        title: "Log collection documented",
        section: .diagnostics,
        level: .manual,
        evidence: [],
        summary: "The procedure to collect LangSmith logs (Kubernetes or Docker) is documented.",
        rationale: "In an incident, support first asks for logs from every service; a documented procedure saves the first hour.",
        remediation: "Document how to collect logs from every LangSmith pod (or use a log aggregator) and how to produce the diagnostics bundle.",
        examples: SignOff.examples(for: "diagnostics.log-collection")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that the log collection procedure is documented.")
    }
}
