/// `diagnostics.clickhouse-system-tables`: The team can collect ClickHouse system tables (system.query_log, parts, merges).
struct DiagnosticsClickHouseSystemTables: Rule {
    let metadata = RuleMetadata(
        id: "diagnostics.clickhouse-system-tables",
        title: "ClickHouse system tables collectable",
        section: .diagnostics,
        level: .manual,
        evidence: [],
        summary: "The team can collect ClickHouse system tables (system.query_log, parts, merges).",
        rationale: "ClickHouse's own tables show slow queries, part counts and merges: the evidence needed to diagnose saturation.",
        remediation: "Make sure an operator can query system.query_log, system.parts and system.merges and export the results.",
        examples: SignOff.examples(for: "diagnostics.clickhouse-system-tables")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that ClickHouse system tables (query_log, parts, merges) can be collected.")
    }
}
