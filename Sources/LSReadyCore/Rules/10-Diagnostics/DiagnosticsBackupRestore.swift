/// `diagnostics.backup-restore`: Backup and restore procedures for ClickHouse, Redis and PostgreSQL were tested.
struct DiagnosticsBackupRestore: Rule {
    let metadata = RuleMetadata(
        id: "diagnostics.backup-restore",
        title: "Backup and restore tested",
        section: .diagnostics,
        level: .manual,
        evidence: [],
        summary: "Backup and restore procedures for ClickHouse, Redis and PostgreSQL were tested.",
        rationale: "A backup that was never restored is a hope, not a plan.",
        remediation: "Restore each datastore from backup into a scratch environment and record how long it took.",
        examples: SignOff.examples(for: "diagnostics.backup-restore")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that backup and restore of ClickHouse, Redis and PostgreSQL were tested.")
    }
}
