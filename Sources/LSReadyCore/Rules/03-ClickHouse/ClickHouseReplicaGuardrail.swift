/// `clickhouse.replica-guardrail`: a ClickHouse cluster stays at five replicas or fewer.
struct ClickHouseReplicaGuardrail: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.replica-guardrail",
        title: "ClickHouse replicas within the guardrail (5 or fewer)",
        section: .clickhouse,
        level: .recommended,
        evidence: [.values, .cluster],
        summary: "The ClickHouse cluster LangSmith uses has at most 5 replicas.",
        rationale: "Every insert is replicated to every replica: past about five replicas, replication traffic, ZooKeeper/Keeper load and merge work grow faster than the capacity they add. Scale each node up (16 CPU / 64Gi) before adding replicas.",
        remediation: "Keep layout.replicasCount at 3 to 5; scale ClickHouse nodes vertically, or shard, instead of adding replicas.",
        notes: "In-chart ClickHouse passes (the chart runs no replicated cluster, even when its StatefulSet is scaled). LangSmith-managed ClickHouse, and external ClickHouse without clickhouse.external.cluster (used as a single node), are not-applicable. The count comes from the dump as in clickhouse.replicated; without values, a single installation cluster in the dump is counted.",
        examples: [
            RuleExample("three replicas", expect: .pass, values: """
                clickhouse:
                  external:
                    enabled: true
                    cluster: replicated
                """, cluster: """
                apiVersion: clickhouse.altinity.com/v1
                kind: ClickHouseInstallation
                metadata:
                  name: langsmith
                spec:
                  configuration:
                    clusters:
                    - name: replicated
                      layout:
                        replicasCount: 3
                """),
            RuleExample("in-chart ClickHouse has a single replica", expect: .pass, values: """
                clickhouse:
                  statefulSet:
                    persistence:
                      size: 200Gi
                """),
            RuleExample("seven replicas", expect: .atRisk, values: """
                clickhouse:
                  external:
                    enabled: true
                    cluster: replicated
                """, cluster: """
                apiVersion: clickhouse.altinity.com/v1
                kind: ClickHouseInstallation
                metadata:
                  name: langsmith
                spec:
                  configuration:
                    clusters:
                    - name: replicated
                      layout:
                        shardsCount: 1
                        replicasCount: 7
                """),
            RuleExample("external cluster with no dump to count it", expect: .unverified, values: """
                clickhouse:
                  external:
                    enabled: true
                    cluster: replicated
                """),
            RuleExample("LangSmith-managed ClickHouse", expect: .notApplicable, values: """
                clickhouse:
                  external:
                    enabled: true
                    hybrid: true
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        switch model.clickHouseReplicas {
        case .inChart(_, let evidence):
            return .pass("In-chart ClickHouse is not a replicated cluster, so the guardrail of 5 replicas is met.", evidence: evidence)
        case .managed(let evidence):
            return .notApplicable("LangSmith-managed ClickHouse: LangSmith sizes its replicas.", evidence: evidence)
        case .unnamedCluster(let evidence):
            return .notApplicable("External ClickHouse without clickhouse.external.cluster: LangSmith uses it as a single node (clickhouse.replicated reports that).",
                                  evidence: evidence)
        case .counted(let count, let cluster, _, let evidence):
            if count > 5 {
                return .atRisk("ClickHouse cluster \(cluster) has \(count) replicas, above the guardrail of 5.", evidence: evidence)
            }
            return .pass("ClickHouse cluster \(cluster) has \(count) replica\(count == 1 ? "" : "s"), within the guardrail of 5.", evidence: evidence)
        case .unknown(let message, let evidence):
            return .unverified(message, evidence: evidence)
        }
    }
}
