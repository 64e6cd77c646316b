/// `health.unschedulable`: every LangSmith and ClickHouse pod found a node.
struct HealthUnschedulable: Rule {
    let metadata = RuleMetadata(
        id: "health.unschedulable",
        title: "No unschedulable pods",
        section: .failureModes,
        level: .required,
        evidence: [.cluster],
        summary: "No LangSmith or ClickHouse pod is Pending with PodScheduled False, reason Unschedulable.",
        rationale: "An unschedulable pod means the cluster has no node with room for it (CPU, memory, a matching selector or toleration, a volume in its zone). A missing ClickHouse replica or queue worker silently caps ingestion; HPAs that cannot place new pods do not scale.",
        remediation: "Read the scheduler's reason (kubectl describe pod <pod>, or the PodScheduled condition's message): add nodes or a larger node group, relax nodeSelector/affinity/tolerations, or fix the volume's zone, then let the pod schedule.",
        notes: "Watches the LangSmith services' pods, the ClickHouse pods and the chart's Redis and Postgres pods; the message repeats the scheduler's own explanation. A dump without any of these pods is unverified.",
        examples: [
            RuleExample("all pods scheduled", expect: .pass, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: langsmith-clickhouse-0
                    labels:
                      app.kubernetes.io/component: langsmith-clickhouse
                  spec:
                    nodeName: ip-10-0-1-23.ec2.internal
                  status:
                    phase: Running
                    conditions:
                    - type: PodScheduled
                      status: "True"
                    - type: Ready
                      status: "True"
                """),
            RuleExample("ClickHouse cannot find a node with 32Gi free", expect: .fail, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: langsmith-clickhouse-0
                    labels:
                      app.kubernetes.io/component: langsmith-clickhouse
                  status:
                    phase: Pending
                    conditions:
                    - type: PodScheduled
                      status: "False"
                      reason: Unschedulable
                      message: "0/3 nodes are available: 3 Insufficient memory."
                """),
            RuleExample("a dump without LangSmith pods", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let pods = model.health.pods
        guard !pods.isEmpty else {
            return .unverified("The dump has no LangSmith or ClickHouse pods; supply kubectl get pods -n <langsmith namespace> -o yaml.")
        }
        let judgements = pods.map { pod -> Judgement in
            switch pod.isUnschedulable {
            case .unknown:
                return .unverified("the phase or conditions of \(pod.meta.reference) are unreadable; supply a well-formed copy (kubectl get pods -o yaml)",
                                   evidence: [pod.evidence("phase or conditions unreadable")])
            case .known(true):
                let reason = pod.conditions.condition("PodScheduled").present?.message ?? ""
                let detail = reason.isEmpty ? "Pending: Unschedulable" : "Pending: Unschedulable: \(reason)"
                return .fail("\(pod.meta.reference) is \(detail)", evidence: [pod.evidence(detail)])
            case .known(false):
                return .pass("\(pod.meta.reference) is scheduled", evidence: [pod.evidence("phase \(pod.phase.present ?? "unknown")")])
            }
        }
        var result = Judgement.worst(of: judgements, ifEmpty: .unverified("No pods."))
        result.message = result.message.finished(noting: nil)
        if result.status == .pass {
            result.message = "Checked \(pods.count.counted("LangSmith or ClickHouse pod")): none is Pending as Unschedulable."
        }
        return result
    }
}
