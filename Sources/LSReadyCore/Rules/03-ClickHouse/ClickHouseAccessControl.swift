/// `clickhouse.access-control`: ClickHouse user permissions and row policies are verified.
struct ClickHouseAccessControl: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.access-control",
        title: "ClickHouse access control verified",
        section: .clickhouse,
        level: .manual,
        evidence: [],
        summary: "ClickHouse user permissions and row policies are verified.",
        rationale: "ClickHouse holds every trace; an over-privileged user or a missing row policy exposes every tenant's data.",
        remediation: "Review the ClickHouse users that LangSmith and operators use: least privilege, and row policies where they apply.",
        examples: SignOff.examples(for: "clickhouse.access-control")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that ClickHouse user permissions and row policies were reviewed.")
    }
}
