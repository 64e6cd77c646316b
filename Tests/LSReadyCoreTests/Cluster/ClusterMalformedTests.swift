import XCTest
import TestSupport
@testable import LSReadyCore

final class ClusterMalformedTests: XCTestCase {
    func testEveryMalformedFieldIsNamedWithItsObjectAndFile() throws {
        let inventory = try ClusterFixtures.inventory("malformed.json")
        XCTAssertEqual(inventory.warnings.map(\.description), [
            #"malformed.json: Node/ip-10-0-1-23.ec2.internal: status.allocatable.memory "-4Gi" is not a quantity; its facts are unknown"#,
            #"malformed.json: StorageClass/gp3: metadata.annotations["storageclass.kubernetes.io/is-default-class"] is a boolean, expected a string; its facts are unknown"#,
            "malformed.json: StorageClass/gp3: parameters is a list, expected a map; its facts are unknown",
            "malformed.json: StorageClass/gp3: allowVolumeExpansion is a string, expected a boolean; its facts are unknown",
            "malformed.json: PersistentVolumeClaim/data-langsmith-clickhouse-0: spec.storageClassName is a number, expected a string; its facts are unknown",
            #"malformed.json: PersistentVolumeClaim/data-langsmith-clickhouse-0: spec.resources.requests.storage "lots" is not a quantity; its facts are unknown"#,
            "malformed.json: PersistentVolumeClaim/data-langsmith-clickhouse-0: status.phase is a number, expected a string; its facts are unknown",
            "malformed.json: Pod/langsmith-queue-0: status.conditions is a string, expected a list; its facts are unknown",
            "malformed.json: Pod/langsmith-queue-0: spec.containers[0].env[0].value is a number, expected a string; its facts are unknown",
            #"malformed.json: Pod/langsmith-queue-0: spec.containers[0].resources.requests.cpu "abc" is not a quantity; its facts are unknown"#,
            "malformed.json: Pod/langsmith-queue-0: spec.containers[0].resources.limits is a string, expected a map; its facts are unknown",
            "malformed.json: Pod/langsmith-queue-0: spec.volumes is a map, expected a list; its facts are unknown",
            "malformed.json: Pod/langsmith-queue-0: status.containerStatuses[0].restartCount is a string, expected a number; its facts are unknown",
            "malformed.json: Pod/langsmith-queue-0: status.containerStatuses[0].state.waiting.reason is a number, expected a string; its facts are unknown",
            "malformed.json: Pod/langsmith-backend-0: metadata.labels is a list, expected a map; its facts are unknown",
            "malformed.json: Pod/langsmith-backend-0: spec is a string, expected a map; its facts are unknown",
            "malformed.json: Deployment/langsmith-queue: metadata.ownerReferences is a string, expected a list; its facts are unknown",
            "malformed.json: Deployment/langsmith-queue: spec.replicas is a string, expected a number; its facts are unknown",
            "malformed.json: Deployment/langsmith-queue: spec.template.spec.containers is a string, expected a list; its facts are unknown",
            "malformed.json: StatefulSet/langsmith-clickhouse: spec.volumeClaimTemplates is a map, expected a list; its facts are unknown",
            #"malformed.json: StatefulSet/langsmith-clickhouse: spec.replicas "1.5" is not a non-negative whole number; its facts are unknown"#,
            "malformed.json: HorizontalPodAutoscaler/langsmith-queue: spec.scaleTargetRef.name is a list, expected a string; its facts are unknown",
            #"malformed.json: HorizontalPodAutoscaler/langsmith-queue: spec.maxReplicas "-1" is not a non-negative whole number; its facts are unknown"#,
            "malformed.json: HorizontalPodAutoscaler/langsmith-queue: status.conditions is a string, expected a list; its facts are unknown",
            "malformed.json: HorizontalPodAutoscaler/langsmith-queue: status.currentMetrics is a map, expected a list; its facts are unknown",
            #"malformed.json: Ingress/langsmith-ingress: metadata.annotations["alb.ingress.kubernetes.io/scheme"] is null, expected a string; its facts are unknown"#,
            "malformed.json: Ingress/langsmith-ingress: spec.tls is a map, expected a list; its facts are unknown",
            "malformed.json: Ingress/langsmith-ingress: spec.rules[0].host is a number, expected a string; its facts are unknown",
            "malformed.json: Job/langsmith-clickhouse-migrations: status.conditions[0].status is missing; its facts are unknown",
            #"malformed.json: Job/langsmith-clickhouse-migrations: status.succeeded "0.5" is not a non-negative whole number; its facts are unknown"#,
            "malformed.json: ScaledObject/langsmith-backend: spec.maxReplicaCount is a string, expected a number; its facts are unknown",
            "malformed.json: ScaledObject/langsmith-backend: spec.triggers is a string, expected a list; its facts are unknown",
            "malformed.json: ClickHouseInstallation/langsmith-ch: spec.configuration.clusters[0].layout.replicasCount is a string, expected a number; its facts are unknown",
            "malformed.json: Service at malformed.json:96:9: metadata.name is a number, expected a string; skipped",
            "malformed.json: object at malformed.json:102:9: is a string, not a Kubernetes object; skipped",
            "malformed.json: object at malformed.json:103:9: has no string apiVersion and kind; skipped",
            "malformed.json: APIService/v1beta1.metrics.k8s.io: status.conditions[0].status is a boolean, expected a string; its facts are unknown",
        ])
        XCTAssertEqual(inventory.warnings[0].location, SourceLocation(file: "malformed.json", line: 11, column: 67))
    }

    func testMalformedFactsAreUnknownAndTheRestIsKept() throws {
        let inventory = try ClusterFixtures.inventory("malformed.json")

        let node = inventory.nodes[0]
        XCTAssertEqual(node.allocatableMemoryBytes, .unknown)
        XCTAssertEqual(node.allocatableMillicores, .known(15890), "a bad memory leaves the CPU known")
        XCTAssertEqual(inventory.detectedPlatform, .eks)

        let storageClass = inventory.storageClasses[0]
        XCTAssertEqual(storageClass.isDefaultClass, .unknown)
        XCTAssertEqual(storageClass.parameters, .unknown)
        XCTAssertEqual(storageClass.diskType, .unknown)
        XCTAssertEqual(storageClass.allowVolumeExpansion, .unknown)
        XCTAssertEqual(storageClass.provisioner, .known("ebs.csi.aws.com"))
        XCTAssertEqual(inventory.defaultStorageClasses, .unknown, "a class with unreadable annotations might be a default")

        let claim = inventory.persistentVolumeClaims[0]
        XCTAssertEqual(claim.storageClassName, .unknown)
        XCTAssertEqual(claim.requestedBytes, .unknown)
        XCTAssertEqual(claim.phase, .unknown)
        XCTAssertEqual(inventory.storageClass(of: claim), .unknown)

        let queuePod = inventory.pods[0]
        let container = try XCTUnwrap(queuePod.containers.value?.first)
        XCTAssertEqual(container.requests.cpuMillicores, .unknown)
        XCTAssertEqual(container.requests.memoryBytes, .known(2 << 30))
        XCTAssertEqual(container.limits, .unknown)
        XCTAssertEqual(container.env, .unknown)
        XCTAssertEqual(container.envValue("CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT"), .unknown)
        XCTAssertEqual(queuePod.claimNames, .unknown)
        XCTAssertEqual(queuePod.isReady, .unknown)
        XCTAssertEqual(queuePod.isUnschedulable, .unknown)
        XCTAssertEqual(queuePod.phase, .known("Running"))
        let status = try XCTUnwrap(queuePod.containerStatuses.value?.first)
        XCTAssertEqual(status.restartCount, .unknown)
        XCTAssertEqual(status.waitingReason, .unknown)
        XCTAssertEqual(status.wasOOMKilled, .known(false))

        let backendPod = inventory.pods[1]
        XCTAssertEqual(backendPod.meta.labels, .unknown)
        XCTAssertEqual(backendPod.containers, .unknown)
        XCTAssertEqual(backendPod.nodeName, .unknown)
        XCTAssertEqual(backendPod.claimNames, .unknown)

        let deployment = inventory.deployments[0]
        XCTAssertEqual(deployment.replicas, .unknown)
        XCTAssertEqual(deployment.template.containers, .unknown)
        XCTAssertEqual(deployment.meta.ownerReferences, .unknown)
        XCTAssertNil(deployment.meta.controller)

        let statefulSet = inventory.statefulSets[0]
        XCTAssertEqual(statefulSet.replicas, .unknown)
        XCTAssertEqual(statefulSet.volumeClaimTemplates, .unknown)

        let hpa = inventory.horizontalPodAutoscalers[0]
        XCTAssertEqual(hpa.targetName, .unknown)
        XCTAssertEqual(hpa.maxReplicas, .unknown)
        XCTAssertEqual(hpa.minReplicas, .known(3))
        XCTAssertEqual(hpa.metrics, .known([KubeHPAMetric(type: "Resource", resourceName: "cpu", targetType: nil)]),
                       "a missing target is absent, not malformed")
        XCTAssertEqual(hpa.scalingActive, .unknown)
        XCTAssertEqual(hpa.reportsCurrentMetrics, .unknown)

        let ingress = inventory.ingresses[0]
        XCTAssertEqual(ingress.meta.annotations, .unknown)
        XCTAssertEqual(ingress.tls, .unknown)
        XCTAssertEqual(ingress.hosts, .unknown)
        XCTAssertEqual(ingress.ingressClassName, .known("alb"))

        XCTAssertEqual(inventory.jobs[0].isComplete, .unknown)
        XCTAssertEqual(inventory.jobs[0].hasFailed, .unknown)
        XCTAssertEqual(inventory.scaledObjects[0].maxReplicaCount, .unknown)
        XCTAssertEqual(inventory.scaledObjects[0].triggerTypes, .unknown)
        XCTAssertEqual(inventory.scaledObjects[0].targetName, .known("langsmith-backend"))
        XCTAssertEqual(inventory.clickHouseInstallations[0].clusters,
                       .known([KubeClickHouseCluster(name: "replicated", replicasCount: .unknown, shardsCount: .known(1))]))
        XCTAssertEqual(inventory.apiServices[0].isAvailable, .unknown)
        XCTAssertEqual(inventory.services, [], "a Service with a numeric name cannot be referred to")
    }

    func testListWhoseItemsAreNotAList() throws {
        let inventory = try ClusterFixtures.inventory(json: #"{"apiVersion": "v1", "kind": "List", "items": {"kind": "Pod"}}"#)
        XCTAssertTrue(inventory.isEmpty)
        XCTAssertEqual(inventory.warnings.map(\.description),
                       ["cluster.json: List at cluster.json:1:1: items is a map, expected a list; its objects are unknown"])
    }

    func testListsNestedPastTheLimitStop() throws {
        var text = ClusterFixtures.object("Service", "deep")
        for _ in 0..<10 { text = ClusterFixtures.list([text]) }
        let inventory = try ClusterFixtures.inventory(json: text)
        XCTAssertTrue(inventory.isEmpty)
        XCTAssertEqual(inventory.warnings.count, 1)
        XCTAssertTrue(inventory.warnings[0].message.contains("nested too deeply"))
    }

    func testV1HPAWithUnreadableConditionsAnnotation() throws {
        let hpa = ClusterFixtures.object("HorizontalPodAutoscaler", "langsmith-backend", apiVersion: "autoscaling/v1")
            .replacingOccurrences(of: "\"name\": \"langsmith-backend\"",
                                  with: #""name": "langsmith-backend", "annotations": {"autoscaling.alpha.kubernetes.io/conditions": "[{\"type\": "}"#)
        let inventory = try ClusterFixtures.inventory(json: hpa)
        XCTAssertEqual(inventory.horizontalPodAutoscalers[0].conditions, .unknown)
        XCTAssertEqual(inventory.warnings.map(\.message),
                       [#"metadata.annotations["autoscaling.alpha.kubernetes.io/conditions"] is not valid JSON; its facts are unknown"#])
    }

    func testNumbersAsQuantitiesAndWrongTypes() throws {
        let pod = ClusterFixtures.object("Pod", "p", extra: #"""
            "spec": {"containers": [{"name": "c", "resources": {"requests": {"cpu": 2, "memory": true}}}, "not a container"]}
            """#)
        let inventory = try ClusterFixtures.inventory(json: pod)
        XCTAssertEqual(inventory.pods[0].containers, .unknown, "one unreadable container makes the list unknown")
        XCTAssertEqual(inventory.warnings.map(\.message), [
            "spec.containers[0].resources.requests.memory is a boolean, expected a quantity; its facts are unknown",
            "spec.containers[1] is a string, expected a map; its facts are unknown",
        ])
        let numeric = try ClusterFixtures.inventory(json: ClusterFixtures.object("Pod", "q", extra: #""spec": {"containers": [{"name": "c", "resources": {"requests": {"cpu": 0.5, "memory": 1073741824}}}]}"#))
        XCTAssertEqual(numeric.pods[0].containers.value?.first?.requests,
                       KubeResourceAmounts(cpuMillicores: .known(500), memoryBytes: .known(1 << 30)))
        XCTAssertEqual(numeric.warnings, [])
    }

    /// Replaces every value of realistic objects, one at a time, with values
    /// of every other type: the build must never trap, and must warn or stay
    /// silent, never lose an object that still has a kind and a name.
    func testNoSingleWrongTypeCrashesTheBuild() throws {
        // One object of each kind, from the fixtures that hold them all.
        var objects: [String: Node] = [:]
        for fixture in ["production-eks.json", "broken-health.json", "aks-altinity-keda.json"] {
            let url = ProjectPaths.fixtures.appendingPathComponent("cluster").appendingPathComponent(fixture)
            let list = try JSONReader.parse([UInt8](Data(contentsOf: url)), file: fixture)
            for item in list["items"]?.items ?? [] {
                let key = "\(item["apiVersion"]?.string ?? "")/\(item["kind"]?.string ?? "")"
                if objects[key] == nil { objects[key] = item }
            }
        }
        XCTAssertEqual(objects.count, 18)
        let here = SourceLocation(file: "x", line: 1, column: 1)
        let replacements: [Node] = [Node(.string("x"), at: here), Node(.number(-1.5), at: here), Node(.bool(true), at: here),
                                    Node(.null, at: here), Node(.sequence([]), at: here), Node(.mapping([]), at: here)]
        var builds = 0
        for object in objects.values {
            let modeled = ClusterInventory.build(from: [ClusterDocument(file: "m.json", node: object)]).objectCount == 1
            for path in Self.paths(in: object) where path.first != "kind" && path.first != "apiVersion" && path != ["metadata", "name"] {
                for replacement in replacements {
                    let mutated = Self.replacing(object, at: path[...], with: replacement)
                    let inventory = ClusterInventory.build(from: [ClusterDocument(file: "m.json", node: mutated)])
                    builds += 1
                    if modeled && path != ["metadata"] {
                        XCTAssertEqual(inventory.objectCount, 1, "\(path) → \(replacement.typeDescription)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(builds, 1000)
    }

    private static func paths(in node: Node) -> [[String]] {
        var result: [[String]] = []
        if let entries = node.entries {
            for entry in entries {
                result.append([entry.key])
                result += paths(in: entry.value).map { [entry.key] + $0 }
            }
        } else if let items = node.items {
            for (index, item) in items.enumerated() {
                result.append(["#\(index)"])
                result += paths(in: item).map { ["#\(index)"] + $0 }
            }
        }
        return result
    }

    private static func replacing(_ node: Node, at path: ArraySlice<String>, with replacement: Node) -> Node {
        guard let key = path.first else { return replacement }
        var copy = node
        switch node.value {
        case .mapping(var entries):
            if let index = entries.firstIndex(where: { $0.key == key }) {
                entries[index].value = replacing(entries[index].value, at: path.dropFirst(), with: replacement)
            }
            copy.value = .mapping(entries)
        case .sequence(var items):
            if let index = Int(key.dropFirst()), items.indices.contains(index) {
                items[index] = replacing(items[index], at: path.dropFirst(), with: replacement)
            }
            copy.value = .sequence(items)
        default:
            break
        }
        return copy
    }
}
