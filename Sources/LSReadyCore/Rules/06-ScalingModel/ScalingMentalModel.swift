/// `scaling.mental-model`: The team knows the write path (backend → Redis → queue → ClickHouse) and the read path (backend → ClickHouse), and checks ClickHouse capacity before adding workers.
struct ScalingMentalModel: Rule {
    let metadata = RuleMetadata(
        id: "scaling.mental-model",
        title: "Scaling model understood",
        section: .scalingModel,
        level: .manual,
        evidence: [],
        summary: "The team knows the write path (backend → Redis → queue → ClickHouse) and the read path (backend → ClickHouse), and checks ClickHouse capacity before adding workers.",
        rationale: "Scaling the layer that is not the bottleneck makes outages worse: extra queue workers add pressure on a saturated ClickHouse.",
        remediation: "Walk the team through the read and write paths and make 'check ClickHouse first' a step of the scaling runbook.",
        examples: SignOff.examples(for: "scaling.mental-model")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that the team understands the read and write paths and checks ClickHouse capacity before scaling workers.")
    }
}
