/// `network.service-latency`: Latency between the LangSmith services and their datastores was measured and is low.
struct NetworkServiceLatency: Rule {
    let metadata = RuleMetadata(
        id: "network.service-latency",
        title: "Service-to-service latency validated",
        section: .networking,
        level: .manual,
        evidence: [],
        summary: "Latency between the LangSmith services and their datastores was measured and is low.",
        rationale: "Every request crosses several internal hops; cross-zone or proxied paths multiply the latency.",
        remediation: "Measure round trips between the backend, Redis, PostgreSQL and ClickHouse; keep them in one region and avoid unnecessary proxies.",
        examples: SignOff.examples(for: "network.service-latency")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that internal service-to-service latency was measured and is acceptable.")
    }
}
