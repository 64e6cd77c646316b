/// `postgres.backups`: Automated PostgreSQL backups are enabled, and a restore has been tested.
struct PostgresBackups: Rule {
    let metadata = RuleMetadata(
        id: "postgres.backups",
        title: "PostgreSQL backups enabled and tested",
        section: .postgres,
        level: .manual,
        evidence: [],
        summary: "Automated PostgreSQL backups are enabled, and a restore has been tested.",
        rationale: "PostgreSQL holds organisations, users, API keys and configuration; without a tested restore, losing it means rebuilding the installation.",
        remediation: "Enable automated backups (snapshots and point-in-time recovery on a managed service) and rehearse a restore.",
        examples: SignOff.examples(for: "postgres.backups")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that automated PostgreSQL backups are enabled and a restore was tested.")
    }
}
