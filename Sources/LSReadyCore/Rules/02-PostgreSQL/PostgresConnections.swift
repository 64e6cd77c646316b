/// `postgres.connections`: max_connections fits the backend and worker concurrency, and connections are pooled (PgBouncer or equivalent) and reused.
struct PostgresConnections: Rule {
    let metadata = RuleMetadata(
        id: "postgres.connections",
        title: "PostgreSQL connections sized and pooled",
        section: .postgres,
        level: .manual,
        evidence: [],
        summary: "max_connections fits the backend and worker concurrency, and connections are pooled (PgBouncer or equivalent) and reused.",
        rationale: "PostgreSQL is connection-bound: when backends and workers scale out, unpooled connections exhaust max_connections and every request fails at once.",
        remediation: "Size max_connections for the maximum replica counts, put PgBouncer (or RDS Proxy) in front, and verify that the backend reuses connections.",
        examples: SignOff.examples(for: "postgres.connections")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that max_connections is sized for the maximum concurrency and that connections are pooled and reused.")
    }
}
