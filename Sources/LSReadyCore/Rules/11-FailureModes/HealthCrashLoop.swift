/// `health.crashloop`: no LangSmith container is crash-looping or restarting over and over.
struct HealthCrashLoop: Rule {
    let metadata = RuleMetadata(
        id: "health.crashloop",
        title: "No crash-looping LangSmith pods",
        section: .failureModes,
        level: .recommended,
        evidence: [.cluster],
        summary: "No LangSmith container is waiting in CrashLoopBackOff, and none has restarted more than 5 times.",
        rationale: "A crash-looping backend or queue worker shows up to users as 500s, traces created but not visible, or long ingestion delays. Repeated restarts usually mean a bad configuration, an unreachable datastore, or memory pressure, and the cause is in the container's previous logs.",
        remediation: "Read the previous run's logs (kubectl logs <pod> -c <container> --previous) and kubectl describe pod for the last termination reason; fix the configuration or datastore it complains about, or raise its resources if it was OOMKilled.",
        notes: "Watches the LangSmith services' pods, the ClickHouse pods and the chart's Redis and Postgres pods. \"More than 5 times\" means a restartCount of 6 or more. Init containers count too (a pod stuck in Init:CrashLoopBackOff never starts). A dump without any of these pods is unverified; an unreadable container status is unverified for that pod.",
        examples: [
            RuleExample("all containers running, few restarts", expect: .pass, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: langsmith-backend-7d9f8b6c5-x2k4p
                    labels:
                      app.kubernetes.io/component: langsmith-backend
                  status:
                    phase: Running
                    containerStatuses:
                    - name: backend
                      ready: true
                      restartCount: 1
                      state:
                        running:
                          startedAt: "2026-11-28T09:12:00Z"
                """),
            RuleExample("the queue is in CrashLoopBackOff", expect: .atRisk, cluster: """
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
                      restartCount: 3
                      state:
                        waiting:
                          reason: CrashLoopBackOff
                """),
            RuleExample("an init container in CrashLoopBackOff", expect: .atRisk, cluster: """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: langsmith-backend-6f7c9d8b5-x2x9z
                  labels:
                    app.kubernetes.io/component: langsmith-backend
                status:
                  phase: Pending
                  initContainerStatuses:
                  - name: wait-for-clickhouse
                    ready: false
                    restartCount: 4
                    state:
                      waiting:
                        reason: CrashLoopBackOff
                  containerStatuses:
                  - name: backend
                    ready: false
                    restartCount: 0
                    state:
                      waiting:
                        reason: PodInitializing
                """),
            RuleExample("the backend restarted 12 times", expect: .atRisk, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: langsmith-backend-7d9f8b6c5-x2k4p
                    labels:
                      app.kubernetes.io/component: langsmith-backend
                  status:
                    phase: Running
                    containerStatuses:
                    - name: backend
                      ready: true
                      restartCount: 12
                      state:
                        running:
                          startedAt: "2026-11-28T09:12:00Z"
                """),
            RuleExample("a dump without LangSmith pods", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: coredns-6d4b75cb6d-9xk2l
                    namespace: kube-system
                  status:
                    phase: Running
                """),
            RuleExample("no cluster dump", expect: .unverified, values: """
                config:
                  hostname: langsmith.example.com
                """),
            RuleExample("an unreadable container status", expect: .unverified, cluster: """
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
                      restartCount: many
                """),
        ])

    static let restartLimit = 5

    func judge(_ model: DeploymentModel) -> Judgement {
        let pods = model.health.pods
        guard !pods.isEmpty else {
            return .unverified("The dump has no LangSmith pods; supply kubectl get pods -n <langsmith namespace> -o yaml.")
        }
        let judgements = pods.map(judge(pod:))
        var result = Judgement.worst(of: judgements, ifEmpty: .unverified("No pods."))
        result.message = result.message.finished(noting: nil)
        if result.status == .pass {
            result.message = "Checked \(pods.count.counted("LangSmith pod")): no container is crash-looping or has restarted more than \(Self.restartLimit) times."
        }
        return result
    }

    private func judge(pod: KubePod) -> Judgement {
        guard case .known(let statuses) = pod.allContainerStatuses else {
            return .unverified("the container statuses of \(pod.meta.reference) are unreadable; supply a well-formed copy (kubectl get pods -o yaml)", evidence: [pod.evidence("containerStatuses unreadable")])
        }
        var problems: [String] = []
        var unknown = false
        for status in statuses {
            switch status.waitingReason {
            case .known(let reason?) where reason == "CrashLoopBackOff":
                problems.append("container \(status.name) is in CrashLoopBackOff")
                continue
            case .unknown: unknown = true
            default: break
            }
            switch status.restartCount {
            case .known(let count?) where count > Self.restartLimit:
                problems.append("container \(status.name) restarted \(count) times")
            case .unknown: unknown = true
            default: break
            }
        }
        if !problems.isEmpty {
            let detail = problems.joined(separator: ", ")
            return .atRisk("\(pod.meta.reference): \(detail)", evidence: [pod.evidence(detail)])
        }
        if unknown {
            return .unverified("a container status of \(pod.meta.reference) is unreadable; supply a well-formed copy (kubectl get pods -o yaml)", evidence: [pod.evidence("container status unreadable")])
        }
        let restarts = statuses.map { $0.restartCount.present ?? 0 }.reduce(0, +)
        return .pass("\(pod.meta.reference) is stable", evidence: [pod.evidence("\(statuses.count.counted("container")), \(restarts.counted("restart"))")])
    }
}
