/// `postgres.monitoring`: Active connections, connection saturation and slow queries are monitored.
struct PostgresMonitoring: Rule {
    let metadata = RuleMetadata(
        id: "postgres.monitoring",
        title: "PostgreSQL monitored",
        section: .postgres,
        level: .manual,
        evidence: [],
        summary: "Active connections, connection saturation and slow queries are monitored.",
        rationale: "Connection saturation and slow queries come before PostgreSQL outages, which users see as failed logins and global 500s.",
        remediation: "Export connection counts, saturation and slow-query logs to your monitoring system and alert on saturation.",
        examples: SignOff.examples(for: "postgres.monitoring")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that active connections, saturation and slow queries are monitored.")
    }
}
