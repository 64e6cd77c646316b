/// Inputs shared by the autoscaling rules' examples: values in both chart
/// generations, and kubectl objects as a real dump shows them.
enum AutoscalingExamples {
    /// The services of both autoscaling sets, as `(values key, object name)`.
    static let judged = [
        ("backend", "backend"), ("platformBackend", "platform-backend"), ("queue", "queue"),
        ("frontend", "frontend"), ("playground", "playground"), ("aceBackend", "ace-backend"),
    ]

    /// Chart ≥ 0.13: `autoscaling.hpa.enabled` for every service of both sets (ingestQueue included).
    static let allHPA = (judged + [("ingestQueue", "ingest-queue")]).map { key, _ in
        "\(key):\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 10\n"
    }.joined()

    /// Chart < 0.13: `autoscaling.enabled` for every service of both sets.
    static let allLegacy = judged.map { key, _ in
        "\(key):\n  autoscaling:\n    enabled: true\n    maxReplicas: 10\n"
    }.joined()

    /// A dump in which every judged service has a Deployment and an HPA that works.
    static let autoscaledCluster = list(judged.flatMap { _, name in
        [deployment(name), hpa(name)]
    })

    /// `apiVersion: v1, kind: List` around the items.
    static func list(_ items: [String]) -> String {
        "apiVersion: v1\nkind: List\nitems:\n" + items.joined()
    }

    /// A LangSmith Deployment `langsmith-<name>` whose one container requests `cpu` and `memory` (nil: not requested).
    static func deployment(_ name: String, cpu: String? = "1000m", memory: String? = "2Gi") -> String {
        var requests: [String] = []
        if let cpu { requests.append("    cpu: \(cpu)") }
        if let memory { requests.append("    memory: \(memory)") }
        let resources = requests.isEmpty ? "resources: {}" : (["resources:", "  requests:"] + requests).joined(separator: "\n")
        return """
            - apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: langsmith-\(name)
                namespace: langsmith
                labels:
                  app.kubernetes.io/component: langsmith-\(name)
                  helm.sh/chart: langsmith-0.16.11
              spec:
                replicas: 2
                template:
                  metadata:
                    labels:
                      app.kubernetes.io/component: langsmith-\(name)
                  spec:
                    containers:
                    - name: \(name)
                      image: docker.io/langchain/langsmith-backend:0.12.33
            \(indent(resources, 10))

            """
    }

    /// An `autoscaling/v2` HPA `langsmith-<name>` on CPU (and memory) utilization.
    /// `active` false reports `ScalingActive: False` (`FailedGetResourceMetric`) and no current metrics.
    static func hpa(_ name: String, hpaName: String? = nil, owner: String? = nil, memory: Bool = true, active: Bool = true) -> String {
        let memoryMetric = """
            - type: Resource
              resource:
                name: memory
                target:
                  type: Utilization
                  averageUtilization: 80
            """
        let activeStatus = """
            currentMetrics:
            - type: Resource
              resource:
                name: cpu
                current:
                  averageUtilization: 34
            conditions:
            - type: AbleToScale
              status: "True"
              reason: ReadyForNewScale
            - type: ScalingActive
              status: "True"
              reason: ValidMetricFound
            """
        let brokenStatus = """
            conditions:
            - type: AbleToScale
              status: "True"
              reason: SucceededGetScale
            - type: ScalingActive
              status: "False"
              reason: FailedGetResourceMetric
              message: 'the HPA was unable to compute the replica count: unable to get metrics for resource cpu: no metrics returned from resource metrics API'
            """
        let owners = owner.map { """
            ownerReferences:
            - apiVersion: keda.sh/v1alpha1
              kind: ScaledObject
              name: \($0)
              controller: true
            """ }
        var lines = [
            "- apiVersion: autoscaling/v2",
            "  kind: HorizontalPodAutoscaler",
            "  metadata:",
            "    name: \(hpaName ?? "langsmith-\(name)")",
            "    namespace: langsmith",
            "    labels:",
            "      app.kubernetes.io/component: langsmith-\(name)",
        ]
        if let owners { lines.append(indent(owners, 4)) }
        lines += [
            "  spec:",
            "    scaleTargetRef:",
            "      apiVersion: apps/v1",
            "      kind: Deployment",
            "      name: langsmith-\(name)",
            "    minReplicas: 2",
            "    maxReplicas: 10",
            "    metrics:",
            "    - type: Resource",
            "      resource:",
            "        name: cpu",
            "        target:",
            "          type: Utilization",
            "          averageUtilization: 50",
        ]
        if memory { lines.append(indent(memoryMetric, 4)) }
        lines.append("  status:")
        lines.append(indent(active ? activeStatus : brokenStatus, 4))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A KEDA ScaledObject `langsmith-<name>` on a Redis list and CPU, and (when `withHPA`) the HPA KEDA owns for it.
    static func scaledObject(_ name: String, withHPA: Bool = true) -> String {
        let scaled = """
            - apiVersion: keda.sh/v1alpha1
              kind: ScaledObject
              metadata:
                name: langsmith-\(name)
                namespace: langsmith
                labels:
                  app.kubernetes.io/component: langsmith-\(name)
              spec:
                scaleTargetRef:
                  name: langsmith-\(name)
                minReplicaCount: 3
                maxReplicaCount: 20
                triggers:
                - type: redis
                  metadata:
                    listName: saq:queue:default
                    listLength: "50"
                - type: cpu
                  metricType: Utilization
                  metadata:
                    value: "60"

            """
        guard withHPA else { return scaled }
        return scaled + hpa(name, hpaName: "keda-hpa-langsmith-\(name)", owner: "langsmith-\(name)", memory: false)
    }

    /// Every line of `text` indented by `spaces`.
    static func indent(_ text: String, _ spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(separator: "\n")
    }
}
