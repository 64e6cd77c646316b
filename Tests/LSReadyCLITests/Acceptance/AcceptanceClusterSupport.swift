import Foundation
import LSReadyCLI
import LSReadyCore
import TestSupport
import XCTest

/// Acceptance scenarios written from CATALOG.md and CLI.md alone: values
/// files and kubectl dumps as a user would hand them to `lsready audit`.
struct ClusterAcceptanceRun {
    var exitCode: ExitCode
    var report: Node
    var standardError: String

    func finding(_ id: String) -> Node? {
        report["findings"]?.items?.first { $0["id"]?.string == id }
    }

    func status(_ id: String) -> String? { finding(id)?["status"]?.string }
    func message(_ id: String) -> String { finding(id)?["message"]?.string ?? "" }
    func evidence(_ id: String) -> [Node] { finding(id)?["evidence"]?.items ?? [] }
    var verdict: String? { report["verdict"]?.string }
}

/// Kubernetes objects as `kubectl get -o json` prints them.
enum K8s {
    typealias Object = [String: Any]

    static func meta(_ name: String, namespace: String? = "langsmith", labels: [String: String] = [:],
                     annotations: [String: String] = [:]) -> Object {
        var meta: Object = ["name": name]
        if let namespace { meta["namespace"] = namespace }
        if !labels.isEmpty { meta["labels"] = labels }
        if !annotations.isEmpty { meta["annotations"] = annotations }
        return meta
    }

    static func node(_ name: String, cpu: String = "8", memory: String = "32Gi", providerID: String? = "aws:///us-east-1a/i-0abc",
                     labels: [String: String] = [:]) -> Object {
        var spec: Object = [:]
        if let providerID { spec["providerID"] = providerID }
        return ["apiVersion": "v1", "kind": "Node", "metadata": meta(name, namespace: nil, labels: labels),
                "spec": spec, "status": ["allocatable": ["cpu": cpu, "memory": memory, "pods": "110"],
                                         "capacity": ["cpu": cpu, "memory": memory, "pods": "110"]]]
    }

    static func storageClass(_ name: String, provisioner: String = "ebs.csi.aws.com", parameters: [String: String] = [:],
                             isDefault: Bool = false, allowVolumeExpansion: Bool? = true) -> Object {
        var object: Object = ["apiVersion": "storage.k8s.io/v1", "kind": "StorageClass",
                              "metadata": meta(name, namespace: nil, annotations: isDefault ? ["storageclass.kubernetes.io/is-default-class": "true"] : [:]),
                              "provisioner": provisioner, "reclaimPolicy": "Delete", "volumeBindingMode": "WaitForFirstConsumer"]
        if !parameters.isEmpty { object["parameters"] = parameters }
        if let allowVolumeExpansion { object["allowVolumeExpansion"] = allowVolumeExpansion }
        return object
    }

    static func pvc(_ name: String, storageClass: String? = "gp3", size: String = "50Gi", phase: String = "Bound",
                    labels: [String: String] = [:]) -> Object {
        var spec: Object = ["accessModes": ["ReadWriteOnce"], "resources": ["requests": ["storage": size]]]
        if let storageClass { spec["storageClassName"] = storageClass }
        var status: Object = ["phase": phase]
        if phase == "Bound" { status["capacity"] = ["storage": size] }
        return ["apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": meta(name, labels: labels), "spec": spec, "status": status]
    }

    struct Container {
        var name: String
        var requests: [String: String] = [:]
        var limits: [String: String] = [:]
        var env: [(String, String)] = []
        var waitingReason: String? = nil
        var restartCount: Int = 0
        var lastTerminatedReason: String? = nil
        var terminatedReason: String? = nil
    }

    static func pod(_ name: String, labels: [String: String] = [:], containers: [Container] = [Container(name: "main")],
                    claims: [String] = [], ready: Bool = true, phase: String = "Running",
                    unschedulable: Bool = false) -> Object {
        var volumes: [Object] = claims.enumerated().map { ["name": "data\($0.offset)", "persistentVolumeClaim": ["claimName": $0.element]] }
        volumes.append(["name": "config", "configMap": ["name": "cfg"]])
        let specContainers: [Object] = containers.map { container in
            var resources: Object = [:]
            if !container.requests.isEmpty { resources["requests"] = container.requests }
            if !container.limits.isEmpty { resources["limits"] = container.limits }
            var object: Object = ["name": container.name, "image": "example/\(container.name):1", "resources": resources]
            if !container.env.isEmpty { object["env"] = container.env.map { ["name": $0.0, "value": $0.1] } }
            return object
        }
        let statuses: [Object] = containers.map { container in
            var state: Object = ["running": ["startedAt": "2026-11-29T10:00:00Z"]]
            if let reason = container.waitingReason { state = ["waiting": ["reason": reason]] }
            if let reason = container.terminatedReason { state = ["terminated": ["reason": reason, "exitCode": 137]] }
            var object: Object = ["name": container.name, "ready": ready && container.waitingReason == nil,
                                  "restartCount": container.restartCount, "state": state, "image": "example/\(container.name):1"]
            if let reason = container.lastTerminatedReason { object["lastState"] = ["terminated": ["reason": reason, "exitCode": 137]] }
            return object
        }
        var status: Object = ["phase": unschedulable ? "Pending" : phase]
        if unschedulable {
            status["conditions"] = [["type": "PodScheduled", "status": "False", "reason": "Unschedulable",
                                     "message": "0/3 nodes are available: 3 Insufficient memory."]]
        } else {
            status["conditions"] = [["type": "PodScheduled", "status": "True"],
                                    ["type": "Ready", "status": ready ? "True" : "False"]]
            status["containerStatuses"] = statuses
        }
        return ["apiVersion": "v1", "kind": "Pod", "metadata": meta(name, labels: labels),
                "spec": ["containers": specContainers, "volumes": volumes], "status": status]
    }

    static func statefulSet(_ name: String, replicas: Int = 1, labels: [String: String] = [:], containers: [Container] = [Container(name: "clickhouse")],
                            claimTemplates: [String] = ["data"]) -> Object {
        let specContainers: [Object] = containers.map { container in
            var resources: Object = [:]
            if !container.requests.isEmpty { resources["requests"] = container.requests }
            if !container.limits.isEmpty { resources["limits"] = container.limits }
            return ["name": container.name, "image": "clickhouse/clickhouse-server:24", "resources": resources]
        }
        return ["apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": meta(name, labels: labels),
                "spec": ["replicas": replicas, "serviceName": name,
                         "template": ["metadata": ["labels": labels], "spec": ["containers": specContainers]],
                         "volumeClaimTemplates": claimTemplates.map { ["metadata": ["name": $0], "spec": ["accessModes": ["ReadWriteOnce"]]] }],
                "status": ["replicas": replicas, "readyReplicas": replicas]]
    }

    static func deployment(_ name: String, namespace: String = "langsmith", replicas: Int = 1, labels: [String: String] = [:],
                           containers: [Container] = [Container(name: "main")]) -> Object {
        let specContainers: [Object] = containers.map { container in
            var resources: Object = [:]
            if !container.requests.isEmpty { resources["requests"] = container.requests }
            if !container.limits.isEmpty { resources["limits"] = container.limits }
            var object: Object = ["name": container.name, "image": "example/\(container.name):1", "resources": resources]
            if !container.env.isEmpty { object["env"] = container.env.map { ["name": $0.0, "value": $0.1] } }
            return object
        }
        return ["apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta(name, namespace: namespace, labels: labels),
                "spec": ["replicas": replicas, "template": ["metadata": ["labels": labels], "spec": ["containers": specContainers]]],
                "status": ["replicas": replicas, "readyReplicas": replicas, "availableReplicas": replicas]]
    }

    static func daemonSet(_ name: String, namespace: String = "kube-system") -> Object {
        ["apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": meta(name, namespace: namespace),
         "spec": ["template": ["spec": ["containers": [["name": "main", "image": "x"]]]]], "status": ["numberReady": 3]]
    }

    static func csiDriver(_ name: String) -> Object {
        ["apiVersion": "storage.k8s.io/v1", "kind": "CSIDriver", "metadata": meta(name, namespace: nil), "spec": ["attachRequired": true]]
    }

    static func apiService(_ name: String, available: Bool) -> Object {
        ["apiVersion": "apiregistration.k8s.io/v1", "kind": "APIService", "metadata": meta(name, namespace: nil),
         "spec": ["group": "metrics.k8s.io", "version": "v1beta1"],
         "status": ["conditions": [["type": "Available", "status": available ? "True" : "False"]]]]
    }

    static func job(_ name: String, succeeded: Int = 0, failed: Int = 0, labels: [String: String] = [:]) -> Object {
        var status: Object = [:]
        if succeeded > 0 {
            status["succeeded"] = succeeded
            status["conditions"] = [["type": "Complete", "status": "True"]]
        }
        if failed > 0 {
            status["failed"] = failed
            if succeeded == 0 { status["conditions"] = [["type": "Failed", "status": "True", "reason": "BackoffLimitExceeded"]] }
        }
        return ["apiVersion": "batch/v1", "kind": "Job", "metadata": meta(name, labels: labels),
                "spec": ["template": ["spec": ["containers": [["name": "migrations", "image": "x"]]]]], "status": status]
    }

    static func hpa(_ name: String, target: String, min: Int = 1, max: Int) -> Object {
        ["apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": meta(name),
         "spec": ["scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": target],
                  "minReplicas": min, "maxReplicas": max,
                  "metrics": [["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": 50]]]]],
         "status": ["currentReplicas": min, "desiredReplicas": min,
                    "conditions": [["type": "ScalingActive", "status": "True", "reason": "ValidMetricFound"]],
                    "currentMetrics": [["type": "Resource", "resource": ["name": "cpu", "current": ["averageUtilization": 10]]]]]]
    }

    static func clickHouseInstallation(_ name: String, clusters: [(String, Int?)], shards: Int? = nil) -> Object {
        let list: [Object] = clusters.map { cluster in
            var layout: Object = [:]
            if let replicas = cluster.1 { layout["replicasCount"] = replicas }
            if let shards { layout["shardsCount"] = shards }
            return ["name": cluster.0, "layout": layout]
        }
        return ["apiVersion": "clickhouse.altinity.com/v1", "kind": "ClickHouseInstallation", "metadata": meta(name),
                "spec": ["configuration": ["clusters": list]]]
    }

    static func list(_ items: [Object]) -> String {
        let object: Object = ["apiVersion": "v1", "kind": "List", "metadata": ["resourceVersion": ""], "items": items]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}

/// Labels the chart puts on a LangSmith workload.
func langsmithLabels(_ component: String, release: String = "langsmith", chart: String = "0.16.11") -> [String: String] {
    ["app.kubernetes.io/component": "\(release)-\(component)", "app.kubernetes.io/name": release,
     "app.kubernetes.io/instance": release, "helm.sh/chart": "langsmith-\(chart)"]
}

extension XCTestCase {
    /// Runs `lsready audit [values.yaml] [cluster.json] ARGS --format json` in a fresh folder.
    func audit(values: String? = nil, cluster: [K8s.Object]? = nil, clusterYAML: String? = nil, _ arguments: [String] = [],
               file: StaticString = #filePath, line: UInt = #line) throws -> ClusterAcceptanceRun {
        let directory = try TemporaryDirectory()
        var command = ["audit"]
        if let values {
            try directory.write("values.yaml", values)
            command.append("values.yaml")
        }
        if let cluster {
            try directory.write("cluster.json", K8s.list(cluster))
            command.append("cluster.json")
        }
        if let clusterYAML {
            try directory.write("cluster.yaml", clusterYAML)
            command += ["--cluster", "cluster.yaml"]
        }
        command += arguments + ["--format", "json"]
        let result = CommandHarness(in: directory.url).run(command)
        guard !result.standardOutput.isEmpty else {
            XCTFail("no report (exit \(result.exitCode)): \(result.standardError)", file: file, line: line)
            throw CocoaError(.fileReadUnknown)
        }
        let report = try JSONReader.parse(Array(result.standardOutput.utf8), file: "report.json")
        return ClusterAcceptanceRun(exitCode: result.exitCode, report: report, standardError: result.standardError)
    }

    func assertStatus(_ run: ClusterAcceptanceRun, _ id: String, _ expected: String, _ note: String = "",
                      file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run.status(id), expected, "\(id) \(note): \(run.message(id))", file: file, line: line)
    }
}
