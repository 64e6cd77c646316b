/// `scaling.write-path-capacity`: queue workers do not scale past what ClickHouse can absorb.
struct ScalingWritePathCapacity: Rule {
    let metadata = RuleMetadata(
        id: "scaling.write-path-capacity",
        title: "Queue scaling matched by ClickHouse capacity",
        section: .scalingModel,
        level: .recommended,
        evidence: [.values, .cluster],
        summary: "The queue cannot scale beyond 3 replicas unless ClickHouse is replicated and sized (clickhouse.replicated and clickhouse.resources pass).",
        rationale: "Queue workers insert into ClickHouse: adding workers in front of a ClickHouse that is already saturated raises write pressure and parts, and turns a slowdown into an outage. Validate ClickHouse capacity before letting workers scale out.",
        remediation: "Fix clickhouse.replicated and clickhouse.resources first, or cap the queue at 3 replicas (queue.autoscaling.hpa.maxReplicas, queue.autoscaling.keda.maxReplicaCount, queue.deployment.replicas) until ClickHouse is scaled.",
        notes: "The queue's reach is the largest of its Deployment's replicas, its HPAs' maxReplicas and its ScaledObjects' maxReplicaCount (KEDA default 100) when the dump shows the queue, else the values (queue.deployment.replicas, and the enabled HPA/KEDA maximum). ClickHouse counts as ready when both rules pass or are not-applicable (clickhouse.replicated under the dev profile); unverified counts as not ready, as the catalog says \"not pass\". When the reach is unknown (an enabled autoscaler with no maximum) and ClickHouse is not ready, the rule is unverified.",
        examples: [
            RuleExample("the chart default: one queue replica", expect: .pass, values: """
                config:
                  authType: mixed
                """),
            RuleExample("queue HPA up to 10 on in-chart ClickHouse", expect: .atRisk, values: """
                queue:
                  autoscaling:
                    hpa:
                      enabled: true
                      minReplicas: 3
                      maxReplicas: 10
                """),
            RuleExample("queue HPA up to 10 on a sized, replicated cluster", expect: .pass, values: """
                clickhouse:
                  external:
                    enabled: true
                    cluster: replicated
                queue:
                  autoscaling:
                    hpa:
                      enabled: true
                      maxReplicas: 10
                """, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: clickhouse.altinity.com/v1
                  kind: ClickHouseInstallation
                  metadata:
                    name: langsmith
                  spec:
                    configuration:
                      clusters:
                      - name: replicated
                        layout:
                          replicasCount: 3
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: chi-langsmith-replicated-0-0-0
                    labels:
                      clickhouse.altinity.com/chi: langsmith
                  spec:
                    containers:
                    - name: clickhouse
                      resources:
                        requests: {cpu: "8", memory: 32Gi}
                        limits: {cpu: "8", memory: 32Gi}
                """),
            RuleExample("the cluster's queue HPA reaches 20 while ClickHouse is in-chart", expect: .atRisk, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: apps/v1
                  kind: StatefulSet
                  metadata:
                    name: langsmith-clickhouse
                    labels:
                      app.kubernetes.io/component: langsmith-clickhouse
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: langsmith-queue
                    labels:
                      app.kubernetes.io/component: langsmith-queue
                  spec:
                    replicas: 3
                - apiVersion: autoscaling/v2
                  kind: HorizontalPodAutoscaler
                  metadata:
                    name: langsmith-queue
                  spec:
                    scaleTargetRef:
                      apiVersion: apps/v1
                      kind: Deployment
                      name: langsmith-queue
                    minReplicas: 3
                    maxReplicas: 20
                """),
            RuleExample("only a dump without the queue", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let dependencies: [any Rule] = [ClickHouseReplicated(), ClickHouseResources()]
        var notReady: [String] = []
        var dependencyEvidence: [Evidence] = []
        for rule in dependencies {
            let judgement = model.judgement(of: rule)
            dependencyEvidence.append(.note("\(rule.metadata.id): \(judgement.status.word)"))
            if judgement.status != .pass && judgement.status != .notApplicable {
                notReady.append("\(rule.metadata.id) is \(judgement.status.word)")
            }
        }
        guard let reach = model.queueReach else {
            if notReady.isEmpty {
                return .pass("ClickHouse is replicated and sized, so the queue may scale out.", evidence: dependencyEvidence)
            }
            return .unverified("Neither the values nor the dump show how far the queue scales; supply the values files or a dump with the queue Deployment and its HPA.",
                               evidence: dependencyEvidence)
        }
        let note = reach.disagreement.map { " (\($0))" } ?? ""
        let evidence = reach.evidence + dependencyEvidence
        guard let maximum = reach.maxReplicas else {
            if notReady.isEmpty {
                return .pass("ClickHouse is replicated and sized, so the queue may scale out (\(reach.description))\(note).", evidence: evidence)
            }
            return .unverified("The queue's maximum replicas are unknown (\(reach.description)) while \(notReady.joined(separator: " and ")); set an explicit maximum.",
                               evidence: evidence)
        }
        if maximum <= 3 {
            return .pass("The queue runs at most \(maximum) replica\(maximum == 1 ? "" : "s") (\(reach.description))\(note), within what ClickHouse is validated for.",
                         evidence: evidence)
        }
        if notReady.isEmpty {
            return .pass("The queue can scale to \(maximum) replicas (\(reach.description))\(note), and ClickHouse is replicated and sized.", evidence: evidence)
        }
        return .atRisk("The queue can scale to \(maximum) replicas (\(reach.description))\(note) while \(notReady.joined(separator: " and ")): more workers would push harder on a ClickHouse that cannot absorb them.",
                       evidence: evidence)
    }
}
