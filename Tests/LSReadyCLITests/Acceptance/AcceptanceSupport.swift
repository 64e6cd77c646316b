import Foundation
import XCTest
import LSReadyCLI
import LSReadyCore
import TestSupport

/// Acceptance scenarios written from CATALOG.md and CLI.md alone: a values
/// file and/or a cluster dump in a temporary directory, `lsready audit ...
/// --format json` run in-process, the report parsed back.
struct AcceptanceRun {
    let result: CommandHarness.Result
    let report: Node

    var verdict: String? { report["verdict"]?.string }
    var exitCode: ExitCode { result.exitCode }

    func finding(_ id: String) -> Node? {
        report["findings"]?.items?.first { $0["id"]?.string == id }
    }

    func status(_ id: String) -> String? { finding(id)?["status"]?.string }

    func message(_ id: String) -> String { finding(id)?["message"]?.string ?? "" }

    func evidence(_ id: String) -> [Node] { finding(id)?["evidence"]?.items ?? [] }

    /// Every evidence field of a finding, flattened into one string (for "names the key / object").
    func evidenceText(_ id: String) -> String {
        evidence(id).map { item in
            (item.entries ?? []).map { "\($0.key)=\($0.value.string ?? $0.value.number.map { String($0) } ?? "")" }
                .joined(separator: " ")
        }.joined(separator: "\n")
    }
}

enum AcceptanceError: Error {
    case noReport(String)
}

enum Acceptance {
    /// Runs `lsready audit` on the given values (written to values.yaml) and
    /// cluster dump (written to cluster.json, or cluster.yaml when it is YAML),
    /// with extra arguments, and parses the JSON report.
    static func audit(values: String? = nil, cluster: String? = nil, clusterIsYAML: Bool = false,
                      _ arguments: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> AcceptanceRun {
        let directory = try TemporaryDirectory()
        var command = ["audit"]
        // With nothing else given, an (empty) values file: the chart defaults alone.
        if let values = values ?? (cluster == nil ? "{}\n" : nil) {
            try directory.write("values.yaml", values)
            command += ["-f", "values.yaml"]
        }
        if let cluster {
            let name = clusterIsYAML ? "cluster.yaml" : "cluster.json"
            try directory.write(name, cluster)
            command += ["--cluster", name]
        }
        command += arguments + ["--format", "json"]
        let result = CommandHarness(in: directory.url).run(command)
        guard result.exitCode == .passed || result.exitCode == .gateFailed else {
            XCTFail("audit exited \(result.exitCode): \(result.standardError)", file: file, line: line)
            throw AcceptanceError.noReport(result.standardError)
        }
        let report = try JSONReader.parse(Array(result.standardOutput.utf8), file: "report.json")
        return AcceptanceRun(result: result, report: report)
    }
}

/// Small builders for the objects `kubectl get -o json` prints.
enum Kube {
    static func list(_ items: [[String: Any]]) -> String {
        let object: [String: Any] = ["apiVersion": "v1", "kind": "List", "metadata": ["resourceVersion": ""], "items": items]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static let chartLabels: [String: String] = ["helm.sh/chart": "langsmith-0.16.11", "app.kubernetes.io/instance": "langsmith"]

    static func node(_ name: String = "node-1", providerID: String = "aws:///us-west-2a/i-0123", cpu: String = "16",
                     memory: String = "64Gi") -> [String: Any] {
        ["apiVersion": "v1", "kind": "Node",
         "metadata": ["name": name, "labels": ["kubernetes.io/hostname": name]],
         "spec": ["providerID": providerID],
         "status": ["allocatable": ["cpu": cpu, "memory": memory, "pods": "110"],
                    "capacity": ["cpu": cpu, "memory": memory, "pods": "110"]]]
    }

    static func container(_ name: String, requests: [String: String]? = ["cpu": "1000m", "memory": "2Gi"],
                          limits: [String: String]? = nil, env: [[String: Any]] = []) -> [String: Any] {
        var resources: [String: Any] = [:]
        if let requests { resources["requests"] = requests }
        if let limits { resources["limits"] = limits }
        var container: [String: Any] = ["name": name, "image": "docker.io/langchain/langsmith-\(name):0.12.0", "resources": resources]
        if !env.isEmpty { container["env"] = env }
        return container
    }

    /// A chart Deployment `langsmith-<component>`.
    static func deployment(_ component: String, replicas: Int = 1, containers: [[String: Any]]? = nil,
                           labels: [String: String] = chartLabels) -> [String: Any] {
        var allLabels = labels
        allLabels["app.kubernetes.io/component"] = "langsmith-\(component)"
        return ["apiVersion": "apps/v1", "kind": "Deployment",
                "metadata": ["name": "langsmith-\(component)", "namespace": "langsmith", "labels": allLabels],
                "spec": ["replicas": replicas,
                         "selector": ["matchLabels": ["app.kubernetes.io/component": "langsmith-\(component)"]],
                         "template": ["metadata": ["labels": ["app.kubernetes.io/component": "langsmith-\(component)"]],
                                      "spec": ["containers": containers ?? [container(component)]]]],
                "status": ["replicas": replicas, "readyReplicas": replicas]]
    }

    static func statefulSet(_ component: String, labels: [String: String] = chartLabels) -> [String: Any] {
        var allLabels = labels
        allLabels["app.kubernetes.io/component"] = "langsmith-\(component)"
        return ["apiVersion": "apps/v1", "kind": "StatefulSet",
                "metadata": ["name": "langsmith-\(component)", "namespace": "langsmith", "labels": allLabels],
                "spec": ["replicas": 1, "serviceName": "langsmith-\(component)",
                         "selector": ["matchLabels": ["app.kubernetes.io/component": "langsmith-\(component)"]],
                         "template": ["metadata": ["labels": ["app.kubernetes.io/component": "langsmith-\(component)"]],
                                      "spec": ["containers": [container(component)]]]],
                "status": ["replicas": 1, "readyReplicas": 1]]
    }

    static func hpa(_ name: String, target: String, scalingActive: Bool = true, reason: String = "ValidMetricFound",
                    currentMetrics: Bool = true, ownerScaledObject: String? = nil, memoryTarget: Bool = false) -> [String: Any] {
        var metadata: [String: Any] = ["name": name, "namespace": "langsmith"]
        if let ownerScaledObject {
            metadata["ownerReferences"] = [["apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", "name": ownerScaledObject,
                                            "uid": "0f0e0d0c-\(ownerScaledObject)", "controller": true]]
        }
        var metrics: [[String: Any]] = [["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": 50]]]]
        if memoryTarget {
            metrics.append(["type": "Resource", "resource": ["name": "memory", "target": ["type": "Utilization", "averageUtilization": 80]]])
        }
        var status: [String: Any] = [
            "currentReplicas": 2, "desiredReplicas": 2,
            "conditions": [
                ["type": "AbleToScale", "status": "True", "reason": "ReadyForNewScale"],
                ["type": "ScalingActive", "status": scalingActive ? "True" : "False", "reason": reason,
                 "message": scalingActive ? "the HPA was able to successfully calculate a replica count" : "the HPA was unable to compute the replica count: failed to get cpu utilization"],
            ],
        ]
        if currentMetrics {
            status["currentMetrics"] = [["type": "Resource", "resource": ["name": "cpu", "current": ["averageUtilization": 12, "averageValue": "120m"]]]]
        }
        return ["apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": metadata,
                "spec": ["scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": target],
                         "minReplicas": 2, "maxReplicas": 6, "metrics": metrics],
                "status": status]
    }

    static func scaledObject(_ name: String, target: String) -> [String: Any] {
        ["apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject",
         "metadata": ["name": name, "namespace": "langsmith"],
         "spec": ["scaleTargetRef": ["name": target], "minReplicaCount": 2, "maxReplicaCount": 6,
                  "triggers": [["type": "cpu", "metricType": "Utilization", "metadata": ["value": "50"]]]]]
    }

    static func ingress(_ name: String = "langsmith-ingress", className: String? = nil, annotations: [String: String] = [:],
                        tls: Bool = false) -> [String: Any] {
        var spec: [String: Any] = ["rules": [["host": "langsmith.example.com", "http": ["paths": [
            ["path": "/", "pathType": "Prefix", "backend": ["service": ["name": "langsmith-frontend", "port": ["name": "http"]]]]]]]]]
        if let className { spec["ingressClassName"] = className }
        if tls { spec["tls"] = [["hosts": ["langsmith.example.com"], "secretName": "langsmith-tls"]] }
        return ["apiVersion": "networking.k8s.io/v1", "kind": "Ingress",
                "metadata": ["name": name, "namespace": "langsmith", "labels": chartLabels, "annotations": annotations],
                "spec": spec]
    }

    static func service(_ component: String, type: String) -> [String: Any] {
        ["apiVersion": "v1", "kind": "Service",
         "metadata": ["name": "langsmith-\(component)", "namespace": "langsmith",
                      "labels": chartLabels.merging(["app.kubernetes.io/component": "langsmith-\(component)"]) { $1 }],
         "spec": ["type": type, "ports": [["name": "http", "port": 80, "targetPort": 8080]],
                  "selector": ["app.kubernetes.io/component": "langsmith-\(component)"]]]
    }

    /// The core LangSmith Deployments, as a running install shows them.
    static func langsmithDeployments() -> [[String: Any]] {
        ["backend", "platform-backend", "queue", "ingest-queue", "frontend", "playground", "ace-backend"].map { deployment($0) }
    }
}
