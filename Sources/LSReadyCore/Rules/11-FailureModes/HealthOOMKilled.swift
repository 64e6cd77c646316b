/// `health.oomkilled`: no LangSmith or ClickHouse container was killed for running out of memory.
struct HealthOOMKilled: Rule {
    let metadata = RuleMetadata(
        id: "health.oomkilled",
        title: "No OOMKilled containers",
        section: .failureModes,
        level: .required,
        evidence: [.cluster],
        summary: "No LangSmith or ClickHouse container is, or last ended, OOMKilled.",
        rationale: "An OOMKilled container is undersized for its load. ClickHouse is the usual case: heavy queries and merges exceed its limit, the node restarts, and ingestion stalls while queries fail. An OOMKilled queue or backend drops the work it held.",
        remediation: "Raise the container's memory request and limit (clickhouse.statefulSet.resources for in-chart ClickHouse: 32Gi or more in production; <service>.deployment.resources for the others), or reduce the load that drives it (concurrent queries, batch sizes).",
        notes: "Reads state.terminated.reason and lastState.terminated.reason of every container and init container of the LangSmith services' pods, the ClickHouse pods and the chart's Redis and Postgres pods. A dump without any of these pods is unverified.",
        examples: [
            RuleExample("ClickHouse healthy", expect: .pass, cluster: """
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
                    phase: Running
                    containerStatuses:
                    - name: clickhouse
                      ready: true
                      restartCount: 0
                      state:
                        running:
                          startedAt: "2026-11-28T09:12:00Z"
                """),
            RuleExample("ClickHouse was OOMKilled on its last run", expect: .fail, cluster: """
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
                    phase: Running
                    containerStatuses:
                    - name: clickhouse
                      ready: true
                      restartCount: 4
                      state:
                        running:
                          startedAt: "2026-11-28T09:12:00Z"
                      lastState:
                        terminated:
                          reason: OOMKilled
                          exitCode: 137
                """),
            RuleExample("the queue is OOMKilled right now", expect: .fail, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: langsmith-queue-5c6d7f8b9-q7w8e
                    labels:
                      app.kubernetes.io/component: langsmith-queue
                  status:
                    phase: Running
                    containerStatuses:
                    - name: queue
                      ready: false
                      restartCount: 1
                      state:
                        terminated:
                          reason: OOMKilled
                          exitCode: 137
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
        let clickHouse = Set(model.health.clickHousePods.map(\.meta.name))
        let judgements = pods.map { pod -> Judgement in
            guard case .known(let statuses) = pod.allContainerStatuses else {
                return .unverified("the container statuses of \(pod.meta.reference) are unreadable; supply a well-formed copy (kubectl get pods -o yaml)",
                                   evidence: [pod.evidence("containerStatuses unreadable")])
            }
            var killed: [String] = []
            var unknown = false
            for status in statuses {
                switch status.wasOOMKilled {
                case .known(true):
                    let when = status.terminatedReason.present == "OOMKilled" ? "now" : "on its last run"
                    killed.append("container \(status.name) OOMKilled \(when)")
                case .known(false): break
                case .unknown: unknown = true
                }
            }
            if !killed.isEmpty {
                let hint = clickHouse.contains(pod.meta.name) ? " (ClickHouse is undersized for its load)" : ""
                let detail = killed.joined(separator: ", ")
                return .fail("\(pod.meta.reference): \(detail)\(hint)", evidence: [pod.evidence(detail)])
            }
            if unknown {
                return .unverified("a container status of \(pod.meta.reference) is unreadable; supply a well-formed copy (kubectl get pods -o yaml)",
                                   evidence: [pod.evidence("container status unreadable")])
            }
            return .pass("\(pod.meta.reference): no OOMKilled container", evidence: [pod.evidence("no OOMKilled container")])
        }
        var result = Judgement.worst(of: judgements, ifEmpty: .unverified("No pods."))
        result.message = result.message.finished(noting: nil)
        if result.status == .pass {
            result.message = "Checked \(pods.count.counted("LangSmith or ClickHouse pod")): no container is or was last OOMKilled."
        }
        return result
    }
}
