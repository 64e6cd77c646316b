/// `clickhouse.replicated`: production ClickHouse runs as a replicated cluster of at least three replicas.
struct ClickHouseReplicated: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.replicated",
        title: "ClickHouse replicated (3 replicas or more)",
        section: .clickhouse,
        level: .required,
        evidence: [.values, .cluster],
        productionOnly: true,
        summary: "ClickHouse runs at least 3 replicas: an external replicated cluster named in clickhouse.external.cluster, or LangSmith-managed ClickHouse.",
        rationale: "A single ClickHouse node is not supported in production: one restart or disk problem stops ingestion and queries, and there is no copy of the data. LangSmith only creates replicated tables when it is given a cluster name.",
        remediation: "Run ClickHouse outside the chart as a replicated cluster of 3 or more replicas (for example the Altinity operator with layout.replicasCount: 3), then set clickhouse.external.enabled: true, clickhouse.external.host and clickhouse.external.cluster to the cluster's name; or use LangSmith-managed ClickHouse (clickhouse.external.hybrid: true).",
        notes: "The replica count is the Altinity ClickHouseInstallation cluster's layout.replicasCount (default 1), or the number of distinct replicas among its pods when that is larger (explicit shard/replica layouts); with no installation in the dump, the number of ClickHouse pods it shows. Without values, a dump with the chart's StatefulSet fails, an installation with fewer than 3 replicas fails, and one with 3 or more is unverified: only the values show whether clickhouse.external.cluster names it.",
        examples: [
            RuleExample("external cluster of three replicas run by the Altinity operator", expect: .pass, values: """
                clickhouse:
                  external:
                    enabled: true
                    host: clickhouse-langsmith.clickhouse.svc.cluster.local
                    cluster: replicated
                """, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: clickhouse.altinity.com/v1
                  kind: ClickHouseInstallation
                  metadata:
                    name: langsmith
                    namespace: clickhouse
                  spec:
                    configuration:
                      clusters:
                      - name: replicated
                        layout:
                          shardsCount: 1
                          replicasCount: 3
                """),
            RuleExample("LangSmith-managed ClickHouse", expect: .pass, values: """
                clickhouse:
                  external:
                    enabled: true
                    hybrid: true
                """),
            RuleExample("the chart default: in-chart single node", expect: .fail, values: """
                config:
                  authType: mixed
                """),
            RuleExample("external ClickHouse without a cluster name", expect: .fail, values: """
                clickhouse:
                  external:
                    enabled: true
                    host: clickhouse.internal.example.com
                """),
            RuleExample("installation cluster with two replicas", expect: .fail, values: """
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
                        replicasCount: 2
                """),
            RuleExample("external cluster named but no dump to count it", expect: .unverified, values: """
                clickhouse:
                  external:
                    enabled: true
                    cluster: replicated
                """),
            RuleExample("only a dump with the chart's StatefulSet", expect: .fail, cluster: """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: langsmith-clickhouse
                  labels:
                    app.kubernetes.io/component: langsmith-clickhouse
                    helm.sh/chart: langsmith-0.16.11
                spec:
                  replicas: 1
                """),
            RuleExample("dev profile: a single node is fine", expect: .notApplicable, values: """
                config:
                  authType: mixed
                """, options: AuditOptions(profile: .dev)),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        switch model.clickHouseReplicas {
        case .inChart(let pods, let evidence):
            if pods > 1 {
                return .fail("ClickHouse runs in-chart: the chart's StatefulSet has \(pods) pods, but without an external cluster name they are separate single nodes, not replicas; production needs a replicated cluster of 3 or more.",
                             evidence: evidence)
            }
            return .fail("ClickHouse runs in-chart: one StatefulSet replica, which is not supported in production; 3 replicas are required.",
                         evidence: evidence)
        case .managed(let evidence):
            return .pass("LangSmith-managed ClickHouse (clickhouse.external.hybrid): replication is LangSmith's.", evidence: evidence)
        case .unnamedCluster(let evidence):
            return .fail("External ClickHouse with clickhouse.external.cluster empty: LangSmith will not create replicated tables, so ClickHouse runs as a single node.",
                         evidence: evidence)
        case .counted(let count, let cluster, let named, let evidence):
            if count < 3 {
                return .fail("ClickHouse cluster \(cluster) has \(count) replica\(count == 1 ? "" : "s"); production needs at least 3.", evidence: evidence)
            }
            if !named {
                return .unverified("The dump's ClickHouse cluster \(cluster) has \(count) replicas; supply the values files to confirm that clickhouse.external.cluster names it.",
                                   evidence: evidence)
            }
            return .pass("ClickHouse cluster \(cluster) has \(count) replicas (3 or more).", evidence: evidence)
        case .unknown(let message, let evidence):
            return .unverified(message, evidence: evidence)
        }
    }
}
