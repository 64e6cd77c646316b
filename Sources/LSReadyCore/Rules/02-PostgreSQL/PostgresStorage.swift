/// `postgres.storage`: PostgreSQL runs on storage with adequate IOPS and low latency.
struct PostgresStorage: Rule {
    let metadata = RuleMetadata(
        id: "postgres.storage",
        title: "PostgreSQL storage performance",
        section: .postgres,
        level: .manual,
        evidence: [],
        summary: "PostgreSQL runs on storage with adequate IOPS and low latency.",
        rationale: "Every API request touches PostgreSQL; slow storage turns into slow logins, slow project pages and timeouts.",
        remediation: "Provision PostgreSQL on SSD-backed storage with IOPS sized for the load (for example RDS gp3 or io2).",
        examples: SignOff.examples(for: "postgres.storage")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that PostgreSQL storage provides adequate IOPS and low latency.")
    }
}
