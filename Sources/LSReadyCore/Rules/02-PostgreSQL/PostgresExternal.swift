/// `postgres.external`: production metadata lives in a managed PostgreSQL, not the chart's single pod.
struct PostgresExternal: Rule {
    let metadata = RuleMetadata(
        id: "postgres.external",
        title: "External PostgreSQL",
        section: .postgres,
        level: .recommended,
        evidence: [.values, .cluster],
        productionOnly: true,
        summary: "postgres.external.enabled is true: LangSmith's metadata is in a managed PostgreSQL 14+ (for example RDS or Aurora), not the chart's single Postgres pod.",
        rationale: "PostgreSQL holds organisations, projects, users and API keys. The chart's in-cluster Postgres is one pod on one volume, with no automated backups or failover; losing it takes down logins and every page, and can lose the control plane's data.",
        remediation: "Provision RDS or Aurora PostgreSQL 14+ with automated backups, then set postgres.external.enabled: true and give the connection through postgres.external.existingSecretName (a secret holding connection_url) rather than a password in the values.",
        notes: """
            Judged like redis.external: the cluster decides when the dump speaks. A chart-managed Postgres StatefulSet (or its \
            pods) means in-chart Postgres whatever the values say; LangSmith workloads running with no such StatefulSet mean an \
            external database. A dump that shows neither leaves the decision to the values, or unverified without them.
            """,
        examples: [
            RuleExample("RDS through an existing secret", expect: .pass, values: """
                postgres:
                  external:
                    enabled: true
                    existingSecretName: langsmith-postgres
                """),
            RuleExample("the chart default runs Postgres in-cluster", expect: .atRisk, values: """
                config:
                  authType: mixed
                """),
            RuleExample("the cluster runs the chart's Postgres StatefulSet", expect: .atRisk, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: apps/v1
                  kind: StatefulSet
                  metadata:
                    name: langsmith-postgres
                    namespace: langsmith
                    labels:
                      app.kubernetes.io/component: langsmith-postgres
                      helm.sh/chart: langsmith-0.16.11
                  spec:
                    replicas: 1
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: langsmith-backend
                    namespace: langsmith
                    labels:
                      app.kubernetes.io/component: langsmith-backend
                  spec:
                    replicas: 2
                """),
            RuleExample("values leave it in-chart, but LangSmith runs without a Postgres StatefulSet", expect: .pass, values: """
                postgres:
                  external:
                    enabled: false
                """, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: langsmith-backend
                    namespace: langsmith
                    labels:
                      app.kubernetes.io/component: langsmith-backend
                      helm.sh/chart: langsmith-0.16.11
                  spec:
                    replicas: 2
                """),
            RuleExample("a dump without LangSmith workloads and no values", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
            RuleExample("dev profile: in-chart Postgres is fine", expect: .notApplicable, values: """
                postgres:
                  external:
                    enabled: false
                """, options: AuditOptions(profile: .dev)),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        ExternalDatastoreCheck(
            product: "PostgreSQL", chartName: "Postgres", key: "postgres",
            inChartRisk: "a single pod without managed backups or failover",
            externalPhrase: "an external PostgreSQL",
            inChartPhrase: "PostgreSQL runs as the chart's single in-cluster pod",
            observedExternalPhrase: "the database is external",
            external: model.postgres.external, observedStatefulSet: model.postgres.observedStatefulSet, observedPods: model.postgres.observedPods
        ).judge(model)
    }
}
