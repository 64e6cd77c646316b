/// `failure-modes.triage`: The team recognises the usual symptoms (traces created but not visible, long delays, 500s) as backpressure or ClickHouse saturation, and has a troubleshooting process.
struct FailureModesTriage: Rule {
    let metadata = RuleMetadata(
        id: "failure-modes.triage",
        title: "Failure modes recognised",
        section: .failureModes,
        level: .manual,
        evidence: [],
        summary: "The team recognises the usual symptoms (traces created but not visible, long delays, 500s) as backpressure or ClickHouse saturation, and has a troubleshooting process.",
        rationale: "These symptoms look like data loss but usually mean ingestion backpressure; a known process (concurrency, disk I/O, queue depth, merges, ingestion delay) finds the cause fast.",
        remediation: "Write a troubleshooting runbook: ClickHouse concurrency and disk I/O, queue depth and worker rates, merges and part counts, ingestion delay.",
        examples: SignOff.examples(for: "failure-modes.triage")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that the team recognises the failure symptoms and has a troubleshooting process.")
    }
}
