/// `ops.monitoring`: Concurrent ClickHouse queries, query duration P95/P99, ingestion delay (received_at → inserted_at), disk usage and I/O, Redis memory and queue depth, and ClickHouse merges and part counts are monitored.
struct OpsMonitoring: Rule {
    let metadata = RuleMetadata(
        id: "ops.monitoring",
        title: "Leading indicators monitored",
        section: .operations,
        level: .manual,
        evidence: [],
        summary: "Concurrent ClickHouse queries, query duration P95/P99, ingestion delay (received_at → inserted_at), disk usage and I/O, Redis memory and queue depth, and ClickHouse merges and part counts are monitored.",
        rationale: "These signals move before users notice: concurrency and ingestion delay show saturation while CPU still looks idle.",
        remediation: "Build a dashboard with these signals from ClickHouse system tables, Redis metrics and LangSmith's own metrics.",
        examples: SignOff.examples(for: "ops.monitoring")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that the leading indicators (ClickHouse concurrency and latency, ingestion delay, disk, Redis, merges and parts) are monitored.")
    }
}
