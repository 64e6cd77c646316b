/// `redis.memory-sizing`: Redis memory is sized for the expected write volume.
struct RedisMemorySizing: Rule {
    let metadata = RuleMetadata(
        id: "redis.memory-sizing",
        title: "Redis memory sized for write volume",
        section: .redis,
        level: .manual,
        evidence: [.values],
        summary: "Redis has enough memory for the runs it buffers at peak write volume; the finding shows the in-chart Redis memory request and limit.",
        rationale: "Every ingested run sits in Redis until the queue drains it. Under a burst or a slow ClickHouse the backlog grows; when Redis runs out of memory it evicts or rejects writes, and traces go missing.",
        remediation: "Estimate peak runs per second × payload size × the longest backlog you must absorb (up to redis.runs-expiry's retention) and size Redis above it. In-chart: raise redis.statefulSet.resources.requests.memory and limits.memory together; external: choose an ElastiCache node type with that memory.",
        notes: "A person signs this off; the finding lists the in-chart Redis memory request and limit (redis.statefulSet.resources) when Redis is in-chart, and the external switch otherwise.",
        examples: [
            RuleExample("in-chart Redis: the chart's 4Gi request and 8Gi limit are shown", expect: .manual, values: """
                redis:
                  external:
                    enabled: false
                """),
            RuleExample("in-chart Redis with raised memory", expect: .manual, values: """
                redis:
                  statefulSet:
                    resources:
                      requests:
                        memory: 16Gi
                      limits:
                        memory: 16Gi
                """),
            RuleExample("external Redis: size the managed service", expect: .manual, values: """
                redis:
                  external:
                    enabled: true
                    existingSecretName: langsmith-redis
                """),
            RuleExample("attested after a sizing review", expect: .pass, values: """
                redis:
                  external:
                    enabled: true
                    existingSecretName: langsmith-redis
                """, attested: ["redis.memory-sizing"]),
            RuleExample("no values: nothing to show", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let redis = model.redis
        if redis.external.value {
            return .manual("Redis is external (redis.external.enabled): confirm that the managed instance's memory covers the runs buffered at peak write volume, then record the sign-off in .lsready.yaml.",
                           evidence: [redis.external.evidence()])
        }
        let resources = redis.inChartResources
        let request = resources.memoryRequest.value.isEmpty ? "no request" : "request \(resources.memoryRequest.value)"
        let limit = resources.memoryLimit.value.isEmpty ? "no limit" : "limit \(resources.memoryLimit.value)"
        let memory = [resources.memoryRequest, resources.memoryLimit].map {
            $0.evidence($0.value.isEmpty ? "not set" : $0.value)
        }
        return .manual("In-chart Redis has memory \(request), \(limit) (redis.statefulSet.resources): confirm this holds the runs buffered at peak write volume, then record the sign-off in .lsready.yaml.",
                       evidence: [redis.external.evidence()] + memory)
    }
}
