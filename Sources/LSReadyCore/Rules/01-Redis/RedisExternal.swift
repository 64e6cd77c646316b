/// `redis.external`: production Redis is an external, managed service, not the chart's single pod.
struct RedisExternal: Rule {
    let metadata = RuleMetadata(
        id: "redis.external",
        title: "External Redis",
        section: .redis,
        level: .recommended,
        evidence: [.values, .cluster],
        productionOnly: true,
        summary: "redis.external.enabled is true: LangSmith uses a managed Redis (for example ElastiCache) instead of the chart's single Redis pod.",
        rationale: "Redis buffers every ingested run before the queue writes it to ClickHouse. The chart's in-cluster Redis is one pod with no replication and modest memory; when it restarts or fills up under write volume, queued runs are delayed or lost.",
        remediation: "Provision a managed Redis (ElastiCache for Redis OSS 5+), then set redis.external.enabled: true and point the chart at it with redis.external.existingSecretName (a secret holding connection_url) rather than redis.external.connectionUrl in the values.",
        notes: """
            The cluster decides when the dump speaks: a chart-managed Redis StatefulSet (or its pods, in a dump of pods alone) \
            means in-chart Redis, whatever the values say; LangSmith workloads running with no such StatefulSet mean an external \
            Redis. A dump that shows neither leaves the decision to the values, or unverified without them.
            """,
        examples: [
            RuleExample("ElastiCache through an existing secret", expect: .pass, values: """
                redis:
                  external:
                    enabled: true
                    existingSecretName: langsmith-redis
                """),
            RuleExample("the chart default runs Redis in-cluster", expect: .atRisk, values: """
                config:
                  authType: mixed
                """),
            RuleExample("the cluster runs the chart's Redis StatefulSet", expect: .atRisk, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: apps/v1
                  kind: StatefulSet
                  metadata:
                    name: langsmith-redis
                    namespace: langsmith
                    labels:
                      app.kubernetes.io/component: langsmith-redis
                      helm.sh/chart: langsmith-0.16.11
                  spec:
                    replicas: 1
                """),
            RuleExample("values say external, but the dump still shows the in-chart Redis pod", expect: .atRisk, values: """
                redis:
                  external:
                    enabled: true
                    existingSecretName: langsmith-redis
                """, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: langsmith-redis-0
                    namespace: langsmith
                    labels:
                      app.kubernetes.io/component: langsmith-redis
                    ownerReferences:
                    - apiVersion: apps/v1
                      kind: StatefulSet
                      name: langsmith-redis
                      controller: true
                  status:
                    phase: Running
                """),
            RuleExample("LangSmith runs with no chart-managed Redis", expect: .pass, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: langsmith-queue
                    namespace: langsmith
                    labels:
                      app.kubernetes.io/component: langsmith-queue
                      helm.sh/chart: langsmith-0.16.11
                  spec:
                    replicas: 3
                """),
            RuleExample("a dump without LangSmith workloads and no values", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: gp3
                  provisioner: ebs.csi.aws.com
                """),
            RuleExample("dev profile: in-chart Redis is fine", expect: .notApplicable, values: """
                redis:
                  external:
                    enabled: false
                """, options: AuditOptions(profile: .dev)),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        ExternalDatastoreCheck(
            product: "Redis", chartName: "Redis", key: "redis",
            inChartRisk: "one pod, no replication, chart-sized memory",
            externalPhrase: "an external Redis",
            inChartPhrase: "Redis runs as the chart's single in-cluster pod",
            observedExternalPhrase: "Redis is external",
            external: model.redis.external, observedStatefulSet: model.redis.observedStatefulSet, observedPods: model.redis.observedPods
        ).judge(model)
    }
}
