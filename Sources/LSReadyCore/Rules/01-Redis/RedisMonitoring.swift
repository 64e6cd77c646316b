/// `redis.monitoring`: Redis memory, connections, queue depth, evictions and memory pressure are monitored.
struct RedisMonitoring: Rule {
    let metadata = RuleMetadata(
        id: "redis.monitoring",
        title: "Redis monitored",
        section: .redis,
        level: .manual,
        evidence: [],
        summary: "Redis memory, connections, queue depth, evictions and memory pressure are monitored.",
        rationale: "Redis trouble shows first as growing queue depth and memory pressure, and evictions mean lost work; watching these gives warning before traces go missing.",
        remediation: "Export Redis metrics (used memory, connected clients, evicted keys, queue lengths) to your monitoring system and alert on memory pressure and evictions.",
        examples: SignOff.examples(for: "redis.monitoring")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that Redis memory, connections, queue depth, evictions and memory pressure are monitored.")
    }
}
