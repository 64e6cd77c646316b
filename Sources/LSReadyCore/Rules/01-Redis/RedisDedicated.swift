/// `redis.dedicated`: Redis serves LangSmith alone; no unrelated service shares the instance.
struct RedisDedicated: Rule {
    let metadata = RuleMetadata(
        id: "redis.dedicated",
        title: "Redis dedicated to LangSmith",
        section: .redis,
        level: .manual,
        evidence: [],
        summary: "Redis serves LangSmith alone; no unrelated service shares the instance.",
        rationale: "LangSmith's queues and caches assume they own Redis memory and its eviction policy; a neighbour's keys or traffic can evict queued runs or starve the queue of memory.",
        remediation: "Give LangSmith its own Redis (or ElastiCache replication group) and point other services elsewhere.",
        examples: SignOff.examples(for: "redis.dedicated")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that this Redis serves LangSmith alone.")
    }
}
