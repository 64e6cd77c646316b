/// `clickhouse.monitoring`: ClickHouse disk usage alerts above 70%, and query concurrency and disk I/O are watched as leading indicators.
struct ClickHouseMonitoring: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.monitoring",
        title: "ClickHouse monitored",
        section: .clickhouse,
        level: .manual,
        evidence: [],
        summary: "ClickHouse disk usage alerts above 70%, and query concurrency and disk I/O are watched as leading indicators.",
        rationale: "ClickHouse saturates on concurrency and disk I/O long before CPU or memory look busy, and a full disk stops ingestion.",
        remediation: "Alert on ClickHouse disk usage above 70% and graph concurrent queries and disk I/O.",
        examples: SignOff.examples(for: "clickhouse.monitoring")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that ClickHouse disk alerting (above 70%), query concurrency and disk I/O are monitored.")
    }
}
