/// `postgres.operations`: Disk alerting above 70%, healthy autovacuum, migrations rehearsed outside production, and a documented, rehearsed recovery procedure.
struct PostgresOperations: Rule {
    let metadata = RuleMetadata(
        id: "postgres.operations",
        title: "PostgreSQL operations rehearsed",
        section: .postgres,
        level: .manual,
        evidence: [],
        summary: "Disk alerting above 70%, healthy autovacuum, migrations rehearsed outside production, and a documented, rehearsed recovery procedure.",
        rationale: "A full disk or a stalled autovacuum takes PostgreSQL down slowly and then suddenly; an unrehearsed migration or recovery turns a routine upgrade into an outage.",
        remediation: "Alert on disk usage above 70%, watch autovacuum, run schema migrations on a staging copy first, and document and rehearse recovery.",
        examples: SignOff.examples(for: "postgres.operations")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm disk alerting above 70%, healthy autovacuum, migrations rehearsed outside production and a rehearsed recovery procedure.")
    }
}
