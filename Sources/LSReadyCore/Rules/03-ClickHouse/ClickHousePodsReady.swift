/// `clickhouse.pods-ready`: every ClickHouse pod is Ready.
struct ClickHousePodsReady: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.pods-ready",
        title: "ClickHouse pods ready",
        section: .clickhouse,
        level: .required,
        evidence: [.cluster],
        summary: "Every ClickHouse pod has the condition Ready = True.",
        rationale: "A ClickHouse pod that is not Ready receives no traffic: ingestion backs up in Redis and the UI shows no new traces.",
        remediation: "kubectl describe pod and kubectl logs on the ClickHouse pod: look for a Pending volume, an OOMKill (raise the memory), a failed readiness probe on /ping, or a node without room.",
        notes: "A pod without a Ready condition (for example Pending before scheduling) fails. A ClickHouse StatefulSet in the dump without any pod fails. No ClickHouse objects at all: unverified for in-chart, not-applicable for external ClickHouse (outside the dumped cluster) and for LangSmith-managed ClickHouse.",
        examples: [
            RuleExample("the ClickHouse pod is ready", expect: .pass, cluster: """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: langsmith-clickhouse-0
                  labels:
                    app.kubernetes.io/component: langsmith-clickhouse
                    helm.sh/chart: langsmith-0.16.11
                status:
                  phase: Running
                  conditions:
                  - type: PodScheduled
                    status: "True"
                  - type: Ready
                    status: "True"
                """),
            RuleExample("one replica failing its readiness probe", expect: .fail, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: chi-langsmith-replicated-0-0-0
                    labels:
                      clickhouse.altinity.com/chi: langsmith
                  status:
                    phase: Running
                    conditions:
                    - type: Ready
                      status: "True"
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: chi-langsmith-replicated-0-1-0
                    labels:
                      clickhouse.altinity.com/chi: langsmith
                  status:
                    phase: Running
                    conditions:
                    - type: Ready
                      status: "False"
                      reason: ContainersNotReady
                - apiVersion: clickhouse.altinity.com/v1
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
            RuleExample("no ClickHouse pod in the dump", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
            RuleExample("external ClickHouse outside the cluster", expect: .notApplicable, values: """
                clickhouse:
                  external:
                    enabled: true
                    host: clickhouse.internal.example.com
                    cluster: replicated
                """, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
        ])

    func topologyExclusion(_ model: DeploymentModel) -> Judgement? {
        guard model.clickHouseTopology == .managed else { return nil }
        return .notApplicable("LangSmith-managed ClickHouse: its pods are not in this cluster.", evidence: model.clickHouseTopologyEvidence)
    }

    func judge(_ model: DeploymentModel) -> Judgement {
        let topology = model.clickHouseTopology
        let pods = model.clickhouse.pods
        guard !pods.isEmpty else {
            if let statefulSet = model.clickhouse.statefulSets.first {
                return .fail("\(statefulSet.meta.reference) is in the dump without any pod: ClickHouse is not running.",
                             evidence: [.object(statefulSet.meta.reference, in: statefulSet.meta.file, detail: "no pods")])
            }
            if topology == .external && !model.clickhouse.hasObservedObjects {
                return .notApplicable("External ClickHouse with no ClickHouse objects in the dump: it runs outside this cluster.",
                                      evidence: model.clickHouseTopologyEvidence)
            }
            return .unverified("No ClickHouse pod in the dump; supply one with the ClickHouse pods (kubectl get pods -o yaml in its namespace).",
                               evidence: model.clickHouseTopologyEvidence)
        }
        let judgements = pods.map { pod -> Judgement in
            let evidence = { (detail: String) in [Evidence.object(pod.meta.reference, in: pod.meta.file, detail: detail)] }
            switch pod.conditions.condition("Ready") {
            case .unknown:
                return .unverified("\(pod.meta.name): its conditions are malformed in the dump", evidence: evidence("conditions unreadable"))
            case .known(let ready?) where ready.isTrue:
                return .pass(pod.meta.name, evidence: evidence("Ready"))
            case .known(let ready?):
                let reason = ready.reason.map { ", \($0)" } ?? ""
                return .fail("\(pod.meta.name) is not Ready (Ready=\(ready.status)\(reason))", evidence: evidence("Ready=\(ready.status)\(reason)"))
            case .known(nil):
                let phase = pod.phase.present ?? "no phase"
                return .fail("\(pod.meta.name) reports no Ready condition (\(phase))", evidence: evidence("no Ready condition, \(phase)"))
            }
        }
        let folded = Judgement.worst(of: judgements, ifEmpty: .unverified("No ClickHouse pod."))
        if folded.status == .pass {
            return .pass("\(CountWording.all(pods.count, "ClickHouse pod")) \(CountWording.be(pods.count)) Ready: \(folded.message).", evidence: folded.evidence)
        }
        return Judgement(folded.status, folded.message + ".", evidence: folded.evidence)
    }
}
