/// `ops.tenant-limits`: Usage limits are configured, or planned, for high-volume tenants.
struct OpsTenantLimits: Rule {
    let metadata = RuleMetadata(
        id: "ops.tenant-limits",
        title: "Usage limits for heavy tenants",
        section: .operations,
        level: .manual,
        evidence: [],
        summary: "Usage limits are configured, or planned, for high-volume tenants.",
        rationale: "One tenant with very large or very many traces can saturate ClickHouse for everyone.",
        remediation: "Configure usage limits for the heaviest tenants, or write down when you will.",
        examples: SignOff.examples(for: "ops.tenant-limits")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that usage limits exist or are planned for high-volume tenants.")
    }
}
