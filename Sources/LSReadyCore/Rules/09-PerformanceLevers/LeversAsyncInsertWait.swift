/// `levers.async-insert-wait`: reports CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT, an optional ingest lever.
struct LeversAsyncInsertWait: Rule {
    let metadata = RuleMetadata(
        id: "levers.async-insert-wait",
        title: "Async insert wait lever evaluated",
        section: .performanceLevers,
        level: .info,
        evidence: [.values, .cluster],
        summary: "Reports whether CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT is set (commonEnv, a service's deployment.extraEnv, or a LangSmith container's env) and to what.",
        rationale: "Setting CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT (for example to 0) lets inserts return without waiting for ClickHouse's async insert flush, which lowers write latency. It does not add ClickHouse capacity: on a saturated ClickHouse it only hides the backlog.",
        remediation: "Consider the lever only once ClickHouse is replicated and sized: add {name: CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT, value: \"0\"} to commonEnv (or queue.deployment.extraEnv), and remove it while clickhouse.replicated or clickhouse.resources fails.",
        notes: "Informational: set → pass (evaluated); unset → manual (evaluate it); set while clickhouse.replicated or clickhouse.resources fails → at-risk, because the lever then masks saturation. The dump's LangSmith containers decide when the dump shows any LangSmith Deployment or pod; else the values do. A value taken from a Secret or ConfigMap is reported as such, never read.",
        examples: [
            RuleExample("set in commonEnv with ClickHouse sized and replicated", expect: .pass, values: """
                commonEnv:
                - name: CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT
                  value: "0"
                clickhouse:
                  external:
                    enabled: true
                    hybrid: true
                """),
            RuleExample("not set: worth evaluating", expect: .manual, values: """
                clickhouse:
                  external:
                    enabled: true
                    hybrid: true
                """),
            RuleExample("set on the queue while ClickHouse runs in-chart", expect: .atRisk, values: """
                queue:
                  deployment:
                    extraEnv:
                    - name: CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT
                      value: "0"
                """),
            RuleExample("set in the running queue container", expect: .pass, values: """
                clickhouse:
                  external:
                    enabled: true
                    hybrid: true
                """, cluster: """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: langsmith-queue
                  labels:
                    app.kubernetes.io/component: langsmith-queue
                spec:
                  template:
                    spec:
                      containers:
                      - name: queue
                        env:
                        - name: CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT
                          value: "0"
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let settings = model.levers.asyncInsertWait
        let observed = settings.filter { if case .cluster = $0.evidence.source { return true } else { return false } }
        let configured = settings.filter { if case .values = $0.evidence.source { return true } else { return false } }
        let clusterShowsLangSmith = model.hasCluster && model.services.contains { !$0.deployments.isEmpty || !$0.pods.isEmpty }
        let deciding = clusterShowsLangSmith ? observed : configured
        var note = ""
        if clusterShowsLangSmith && observed.isEmpty && !configured.isEmpty {
            note = " The values set it, but no LangSmith container in the dump has it: the cluster decides."
        }
        guard !deciding.isEmpty else {
            return .manual("CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT is not set: evaluate it as an optional ingest lever once ClickHouse is sized.\(note)",
                           evidence: configured.map(\.evidence))
        }
        let values = Array(Set(deciding.map(\.value))).sorted()
        let placement = "CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT is set to \(values.joined(separator: ", ")) in \(CountWording.count(deciding.count, "place"))"
        var failing: [String] = []
        for rule in [ClickHouseResources(), ClickHouseReplicated()] as [any Rule] where model.judgement(of: rule).status == .fail {
            failing.append(rule.metadata.id)
        }
        if !failing.isEmpty {
            return .atRisk("\(placement) while \(failing.joined(separator: " and ")) \(failing.count == 1 ? "fails" : "fail"): the lever masks a saturated ClickHouse instead of fixing it.",
                           evidence: deciding.map(\.evidence))
        }
        return .pass("\(placement): the lever has been evaluated.", evidence: deciding.map(\.evidence))
    }
}
