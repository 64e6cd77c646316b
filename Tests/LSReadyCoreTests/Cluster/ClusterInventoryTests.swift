import XCTest
@testable import LSReadyCore

final class ClusterInventoryTests: XCTestCase {
    private func node(_ json: String) throws -> Node { try JSONReader.parse(Array(json.utf8), file: "t.json") }

    func testClassification() throws {
        XCTAssertTrue(ClusterEvidence.isClusterDocument(try node(#"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}}"#)))
        XCTAssertTrue(ClusterEvidence.isClusterDocument(try node(#"{"apiVersion": "v1", "kind": "List", "items": []}"#)))
        XCTAssertTrue(ClusterEvidence.isClusterDocument(try node(#"{"apiVersion": "v1", "kind": "PodList", "items": [{"kind": "Pod"}]}"#)))
        XCTAssertFalse(ClusterEvidence.isClusterDocument(try node(#"{"config": {"blobStorage": {"enabled": true}}}"#)))
        XCTAssertFalse(ClusterEvidence.isClusterDocument(try node(#"{"kind": "Pod"}"#)))
        XCTAssertFalse(ClusterEvidence.isClusterDocument(try node(#"{"apiVersion": 1, "kind": "Pod"}"#)))
        XCTAssertFalse(ClusterEvidence.isClusterDocument(try node(#"{"apiVersion": "v1", "kind": ""}"#)))
        XCTAssertFalse(ClusterEvidence.isClusterDocument(try node(#"[{"apiVersion": "v1", "kind": "Pod"}]"#)))
        XCTAssertFalse(ClusterEvidence.isClusterDocument(try node(#""Pod""#)))
    }

    func testProductionDumpCounts() throws {
        let inventory = try ClusterFixtures.inventory("production-eks.json")
        XCTAssertEqual(inventory.warnings, [])
        XCTAssertEqual(inventory.nodes.count, 4)
        XCTAssertEqual(inventory.storageClasses.map(\.meta.name), ["gp3", "gp2"])
        XCTAssertEqual(inventory.csiDrivers.map(\.name), ["ebs.csi.aws.com"])
        XCTAssertEqual(inventory.apiServices.map(\.name), ["v1beta1.metrics.k8s.io"])
        XCTAssertEqual(inventory.statefulSets.map(\.meta.name), ["langsmith-clickhouse"])
        XCTAssertEqual(inventory.pods.count, 10)
        XCTAssertEqual(inventory.persistentVolumeClaims.count, 3)
        XCTAssertEqual(inventory.deployments.count, 9)
        XCTAssertEqual(inventory.daemonSets.map(\.meta.name), ["ebs-csi-node"])
        XCTAssertEqual(inventory.horizontalPodAutoscalers.count, 7)
        XCTAssertEqual(inventory.jobs.count, 2)
        XCTAssertEqual(inventory.services.count, 3)
        XCTAssertEqual(inventory.ingresses.count, 1)
        XCTAssertEqual(inventory.skippedKinds, ["ConfigMap": 1, "ServiceAccount": 1])
        XCTAssertEqual(inventory.files, ["production-eks.json"])
        XCTAssertEqual(inventory.objectCount, 45)
        XCTAssertFalse(inventory.isEmpty)
    }

    func testListsFlattenAndDuplicatesKeepTheLaterCopy() throws {
        let first = ClusterFixtures.object("Service", "langsmith-frontend", extra: #""spec": {"type": "LoadBalancer"}"#)
        let other = ClusterFixtures.object("Service", "langsmith-backend")
        let again = ClusterFixtures.object("Service", "langsmith-frontend", extra: #""spec": {"type": "ClusterIP"}"#)
        let otherNamespace = ClusterFixtures.object("Service", "langsmith-frontend", namespace: "staging")
        let nested = #"{"apiVersion": "v1", "kind": "ServiceList", "items": [\#(other), \#(again)]}"#
        let inventory = try ClusterFixtures.inventory(json: ClusterFixtures.list([first]), nested, otherNamespace)
        XCTAssertEqual(inventory.services.map(\.meta.name), ["langsmith-frontend", "langsmith-backend", "langsmith-frontend"])
        XCTAssertEqual(inventory.services[0].type, .known("ClusterIP"))
        XCTAssertEqual(inventory.services[2].meta.namespace, "staging")
        XCTAssertEqual(inventory.services[2].effectiveType, .known("ClusterIP"))
    }

    func testEmptyListsAndUnknownKindsAndGroups() throws {
        let crd = ClusterFixtures.object("Deployment", "x", apiVersion: "example.com/v1")
        let configMap = ClusterFixtures.object("ConfigMap", "c")
        let inventory = try ClusterFixtures.inventory(json: #"{"apiVersion": "v1", "kind": "List", "items": []}"#,
                                                     #"{"apiVersion": "v1", "kind": "PodList", "items": null}"#, crd, configMap)
        XCTAssertTrue(inventory.isEmpty)
        XCTAssertEqual(inventory.skippedKinds, ["Deployment": 1, "ConfigMap": 1])
        XCTAssertEqual(inventory.warnings, [])
    }

    func testNodeFacts() throws {
        let inventory = try ClusterFixtures.inventory("production-eks.json")
        let node = inventory.nodes[0]
        XCTAssertEqual(node.meta.reference, "Node/ip-10-0-1-23.ec2.internal")
        XCTAssertNil(node.meta.namespace)
        XCTAssertEqual(node.providerID, .known("aws:///us-east-1a/i-0a1b2c3d4e5f60718"))
        XCTAssertEqual(node.allocatableMillicores, .known(15890))
        XCTAssertEqual(node.allocatableMemoryBytes, .known(63193304 * 1024))
        XCTAssertEqual(node.isReady, .known(true))
        XCTAssertEqual(node.meta.label("eks.amazonaws.com/nodegroup"), .known("langsmith-ng"))
        XCTAssertEqual(node.meta.file, "production-eks.json")
        XCTAssertEqual(node.meta.location.file, "production-eks.json")
        XCTAssertTrue(node.meta.location.hasPosition)
    }

    func testStorageClassFacts() throws {
        let inventory = try ClusterFixtures.inventory("production-eks.json")
        let gp3 = inventory.storageClasses[0]
        XCTAssertEqual(gp3.meta.reference, "StorageClass/gp3")
        XCTAssertEqual(gp3.provisioner, .known("ebs.csi.aws.com"))
        XCTAssertEqual(gp3.diskType, .known("gp3"))
        XCTAssertEqual(gp3.parameter("IOPS"), .known("7000"))
        XCTAssertEqual(gp3.parameter("throughput"), .known("1000"))
        XCTAssertEqual(gp3.parameter("iopsPerGB"), .known(nil))
        XCTAssertEqual(gp3.allowVolumeExpansion, .known(true))
        XCTAssertEqual(gp3.isDefaultClass, .known(true))
        let gp2 = inventory.storageClasses[1]
        XCTAssertEqual(gp2.provisioner, .known("kubernetes.io/aws-ebs"))
        XCTAssertEqual(gp2.allowVolumeExpansion, .known(nil))
        XCTAssertEqual(gp2.isDefaultClass, .known(false))

        let azure = try ClusterFixtures.inventory("aks-altinity-keda.json")
        XCTAssertEqual(azure.storageClasses.map(\.diskType), [.known("Premium_LRS"), .known("StandardSSD_LRS")])
        let beta = try ClusterFixtures.inventory("broken-health.json").storageClasses[0]
        XCTAssertEqual(beta.isDefaultClass, .known(true), "the beta annotation counts")
        XCTAssertEqual(beta.allowVolumeExpansion, .known(false))
    }

    func testPVCFactsAndStorageClassResolution() throws {
        let inventory = try ClusterFixtures.inventory("production-eks.json")
        let claim = inventory.persistentVolumeClaims[0]
        XCTAssertEqual(claim.meta.reference, "PersistentVolumeClaim/data-langsmith-clickhouse-0")
        XCTAssertEqual(claim.storageClassName, .known("gp3"))
        XCTAssertEqual(claim.requestedBytes, .known(200 << 30))
        XCTAssertEqual(claim.capacityBytes, .known(200 << 30))
        XCTAssertEqual(claim.sizeBytes, .known(200 << 30))
        XCTAssertEqual(claim.phase, .known("Bound"))
        XCTAssertNotNil(claim.volumeName.present)
        XCTAssertEqual(inventory.storageClass(of: claim).storageClass?.meta.name, "gp3")
        XCTAssertEqual(inventory.defaultStorageClasses.value?.map(\.meta.name), ["gp3"])

        let broken = try ClusterFixtures.inventory("broken-health.json")
        let pending = broken.persistentVolumeClaims[2]
        XCTAssertEqual(pending.storageClassName, .known(nil))
        XCTAssertEqual(pending.phase, .known("Pending"))
        XCTAssertEqual(pending.capacityBytes, .known(nil))
        XCTAssertEqual(pending.sizeBytes, .known(50 << 30))
        XCTAssertEqual(broken.storageClass(of: pending), .defaulted(broken.storageClasses[0]))

        XCTAssertEqual(inventory.storageClass(named: .known("")), StorageClassResolution.none)
        XCTAssertEqual(inventory.storageClass(named: .known("io2")), .missing(name: "io2"))
        XCTAssertEqual(inventory.storageClass(named: .unknown), .unknown)
        let twoDefaults = try ClusterFixtures.inventory(json:
            ClusterFixtures.object("StorageClass", "a", apiVersion: "storage.k8s.io/v1", namespace: nil,
                                   extra: #""provisioner": "ebs.csi.aws.com""#).replacingOccurrences(of: "\"name\": \"a\"", with: #""name": "a", "annotations": {"storageclass.kubernetes.io/is-default-class": "true"}"#),
            ClusterFixtures.object("StorageClass", "b", apiVersion: "storage.k8s.io/v1", namespace: nil)
                .replacingOccurrences(of: "\"name\": \"b\"", with: #""name": "b", "annotations": {"storageclass.beta.kubernetes.io/is-default-class": "true"}"#))
        XCTAssertEqual(twoDefaults.storageClass(named: .known(nil)), .ambiguousDefault(["a", "b"]))
        XCTAssertEqual(try ClusterFixtures.inventory(json: "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": []}").storageClass(named: .known(nil)), StorageClassResolution.none)
    }

    func testPodFacts() throws {
        let inventory = try ClusterFixtures.inventory("production-eks.json")
        let queue = try XCTUnwrap(inventory.pods.first(where: { $0.meta.name.hasPrefix("langsmith-queue-") }))
        XCTAssertEqual(queue.meta.name, "langsmith-queue-6b7c9d8f5-lk2zp")
        XCTAssertEqual(queue.phase, .known("Running"))
        XCTAssertEqual(queue.nodeName, .known("ip-10-0-1-23.ec2.internal"))
        XCTAssertEqual(queue.isReady, .known(true))
        XCTAssertEqual(queue.isUnschedulable, .known(false))
        XCTAssertEqual(queue.meta.controller, KubeOwnerReference(kind: "ReplicaSet", name: "langsmith-queue-6b7c9d8f5", isController: true))
        let container = try XCTUnwrap(queue.containers.value?.first)
        XCTAssertEqual(container.name, .known("langsmith-queue"))
        XCTAssertEqual(container.requests, KubeResourceAmounts(cpuMillicores: .known(1000), memoryBytes: .known(2 << 30)))
        XCTAssertEqual(container.limits, KubeResourceAmounts(cpuMillicores: .known(2000), memoryBytes: .known(4 << 30)))
        XCTAssertEqual(container.envValue("CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT"), .known(.literal("0.1")))
        XCTAssertEqual(container.env.value?.map(\.name), ["CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT"], "only judged variables are kept")
        XCTAssertEqual(container.envValue("POSTGRES_DATABASE_URI"), .known(nil))
        let status = try XCTUnwrap(queue.containerStatuses.value?.first)
        XCTAssertEqual(status.restartCount, .known(0))
        XCTAssertEqual(status.waitingReason, .known(nil))
        XCTAssertEqual(status.wasOOMKilled, .known(false))

        let clickhouse = try XCTUnwrap(inventory.pods.first(where: { $0.meta.name == "langsmith-clickhouse-0" }))
        XCTAssertEqual(clickhouse.claimNames, .known(["data-langsmith-clickhouse-0"]))
    }

    /// `env` keeps the variables a rule judges (`KubeEnvVar.judgedNames`),
    /// with where their value comes from; every other element, whatever its
    /// shape, is passed over without a warning.
    func testEnvKeepsOnlyJudgedVariables() throws {
        let variable = KubeEnvVar.asyncInsertWait
        func read(_ env: String) throws -> (env: Fact<[KubeEnvVar]>, warnings: [String]) {
            let pod = ClusterFixtures.object("Pod", "p", extra: #""spec": {"containers": [{"name": "c", "env": \#(env)}]}"#)
            let inventory = try ClusterFixtures.inventory(json: pod)
            return (try XCTUnwrap(inventory.pods.first?.containers.value?.first).env, inventory.warnings.map(\.message))
        }
        let sources: [(String, KubeEnvValue)] = [
            (#""value": "0.5""#, .literal("0.5")), (#""value": """#, .literal("")), ("", .empty), (#""value": null"#, .empty),
            (#""valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}"#, .fromSecret),
            (#""valueFrom": {"configMapKeyRef": {"name": "c", "key": "k"}}"#, .fromConfigMap),
            (#""valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}"#, .fromPodField),
        ]
        for (source, value) in sources {
            let member = source.isEmpty ? "" : ", " + source
            XCTAssertEqual(try read(#"[{"name": "\#(variable)"\#(member)}]"#).env, .known([KubeEnvVar(name: variable, value: value)]), source)
        }
        let mixed = try read(#"[{"name": "A", "value": 3}, 7, null, {"value": "x"}, {"name": 5}, {"name": "\#(variable)", "value": "0.2"}, {"value": "0.3", "name": "\#(variable)"}]"#)
        XCTAssertEqual(mixed.env, .known([KubeEnvVar(name: variable, value: .literal("0.2")), KubeEnvVar(name: variable, value: .literal("0.3"))]))
        XCTAssertEqual(mixed.warnings, [])
        let none = try read(#"[{"name": "A", "valueFrom": 3}, {"name": "B", "value": "\#(variable)"}]"#)
        XCTAssertEqual(none.env, .known([]))
        XCTAssertEqual(none.warnings, [])
        let malformed = try read(#"[{"name": "\#(variable)", "valueFrom": "x"}]"#)
        XCTAssertEqual(malformed.env, .unknown)
        XCTAssertEqual(malformed.warnings, ["spec.containers[0].env[0].valueFrom is a string, expected a map; its facts are unknown"])
        let notAList = try read(#"{"name": "\#(variable)"}"#)
        XCTAssertEqual(notAList.env, .unknown)
        XCTAssertEqual(notAList.warnings, ["spec.containers[0].env is a map, expected a list; its facts are unknown"])
    }

    func testPodHealthFacts() throws {
        let inventory = try ClusterFixtures.inventory("broken-health.json")
        let oom = try XCTUnwrap(inventory.pods.first(where: { $0.meta.name == "langsmith-clickhouse-0" }))
        XCTAssertEqual(oom.isReady, .known(false))
        let oomStatus = try XCTUnwrap(oom.containerStatuses.value?.first)
        XCTAssertEqual(oomStatus.lastTerminatedReason, .known("OOMKilled"))
        XCTAssertEqual(oomStatus.terminatedReason, .known(nil))
        XCTAssertEqual(oomStatus.wasOOMKilled, .known(true))
        XCTAssertEqual(oomStatus.restartCount, .known(7))

        let unschedulable = try XCTUnwrap(inventory.pods.first(where: { $0.meta.name == "langsmith-clickhouse-2" }))
        XCTAssertEqual(unschedulable.phase, .known("Pending"))
        XCTAssertEqual(unschedulable.isUnschedulable, .known(true))
        XCTAssertEqual(unschedulable.nodeName, .known(nil))
        XCTAssertEqual(unschedulable.conditions.condition("PodScheduled").present?.reason, "Unschedulable")

        let crash = try XCTUnwrap(inventory.pods.first(where: { $0.meta.name.hasPrefix("langsmith-queue-") }))
        let crashStatus = try XCTUnwrap(crash.containerStatuses.value?.first)
        XCTAssertEqual(crashStatus.waitingReason, .known("CrashLoopBackOff"))
        XCTAssertEqual(crashStatus.lastTerminatedReason, .known("Error"))
        XCTAssertEqual(crashStatus.restartCount, .known(14))
        XCTAssertEqual(crashStatus.ready, .known(false))
        XCTAssertEqual(crash.initContainerStatuses, .known([]))

        let initOOM = try ClusterFixtures.inventory(json: ClusterFixtures.object("Pod", "p", extra: #""status": {"initContainerStatuses": [{"name": "init", "state": {"terminated": {"reason": "OOMKilled"}}}]}"#))
        XCTAssertEqual(initOOM.pods[0].initContainerStatuses.value?.first?.wasOOMKilled, .known(true))
    }

    func testWorkloadFacts() throws {
        let inventory = try ClusterFixtures.inventory("production-eks.json")
        let backend = try XCTUnwrap(inventory.deployments.first(where: { $0.meta.name == "langsmith-backend" }))
        XCTAssertEqual(backend.meta.reference, "Deployment/langsmith-backend")
        XCTAssertEqual(backend.replicas, .known(3))
        XCTAssertEqual(backend.readyReplicas, .known(3))
        XCTAssertEqual(backend.template.labels.value?["app.kubernetes.io/component"], "langsmith-backend")
        XCTAssertEqual(backend.template.containers.value?.first?.requests.cpuMillicores, .known(1000))
        // Annotations are read only for the kinds judged by them (`KubeKind.readsAnnotations`): not a Deployment's.
        XCTAssertEqual(backend.meta.annotations, .known([:]))
        XCTAssertTrue(inventory.ingresses.contains { !($0.meta.annotations.value ?? [:]).isEmpty })

        let clickhouse = inventory.statefulSets[0]
        XCTAssertEqual(clickhouse.replicas, .known(3))
        XCTAssertEqual(clickhouse.volumeClaimTemplates,
                       .known([KubeVolumeClaimTemplate(name: "data", storageClassName: .known("gp3"), requestedBytes: .known(200 << 30))]))
        XCTAssertEqual(clickhouse.template.containers.value?.first?.limits.memoryBytes, .known(32 << 30))

        let daemonSet = inventory.daemonSets[0]
        XCTAssertEqual(daemonSet.meta.namespace, "kube-system")
        XCTAssertEqual(daemonSet.desiredNumberScheduled, .known(4))
        XCTAssertEqual(daemonSet.numberReady, .known(4))
    }

    func testJobFacts() throws {
        let good = try ClusterFixtures.inventory("production-eks.json").jobs[0]
        XCTAssertEqual(good.meta.name, "langsmith-clickhouse-migrations-8k2lq")
        XCTAssertEqual(good.isComplete, .known(true))
        XCTAssertEqual(good.hasFailed, .known(false))
        XCTAssertEqual(good.succeeded, .known(1))
        let failed = try ClusterFixtures.inventory("broken-health.json").jobs[0]
        XCTAssertEqual(failed.isComplete, .known(false))
        XCTAssertEqual(failed.hasFailed, .known(true))
        XCTAssertEqual(failed.failed, .known(7))
    }

    func testHPAFacts() throws {
        let inventory = try ClusterFixtures.inventory("production-eks.json")
        let queue = try XCTUnwrap(inventory.horizontalPodAutoscalers.first(where: { $0.meta.name == "langsmith-queue" }))
        XCTAssertEqual(queue.targetKind, .known("Deployment"))
        XCTAssertEqual(queue.targetName, .known("langsmith-queue"))
        XCTAssertEqual(queue.minReplicas, .known(3))
        XCTAssertEqual(queue.maxReplicas, .known(10))
        XCTAssertEqual(queue.metrics, .known([KubeHPAMetric(type: "Resource", resourceName: "cpu", targetType: "Utilization"),
                                              KubeHPAMetric(type: "Resource", resourceName: "memory", targetType: "Utilization")]))
        XCTAssertEqual(queue.scalingActive.present?.isTrue, true)
        XCTAssertEqual(queue.reportsCurrentMetrics, .known(true))
        XCTAssertNil(queue.scaledObjectName)

        let broken = try ClusterFixtures.inventory("broken-health.json").horizontalPodAutoscalers[0]
        XCTAssertEqual(broken.scalingActive.present?.status, "False")
        XCTAssertEqual(broken.scalingActive.present?.reason, "FailedGetResourceMetric")
        XCTAssertEqual(broken.reportsCurrentMetrics, .known(false))

        let aks = try ClusterFixtures.inventory("aks-altinity-keda.json")
        let keda = try XCTUnwrap(aks.horizontalPodAutoscalers.first(where: { $0.meta.name == "keda-hpa-langsmith-queue" }))
        XCTAssertEqual(keda.scaledObjectName, "langsmith-queue")
        let v1 = try XCTUnwrap(aks.horizontalPodAutoscalers.first(where: { $0.meta.apiVersion == "autoscaling/v1" }))
        XCTAssertEqual(v1.metrics, .known([KubeHPAMetric(type: "Resource", resourceName: "cpu", targetType: "Utilization")]))
        XCTAssertEqual(v1.scalingActive.present?.reason, "ValidMetricFound")
        XCTAssertEqual(v1.reportsCurrentMetrics, .known(true))
        XCTAssertEqual(v1.maxReplicas, .known(10))
    }

    func testKEDAOwnedHPAByNameOnly() throws {
        let hpa = ClusterFixtures.object("HorizontalPodAutoscaler", "keda-hpa-langsmith-backend", apiVersion: "autoscaling/v2")
        let inventory = try ClusterFixtures.inventory(json: hpa)
        XCTAssertEqual(inventory.horizontalPodAutoscalers[0].scaledObjectName, "langsmith-backend")
        XCTAssertEqual(inventory.horizontalPodAutoscalers[0].scalingActive, .known(nil))
    }

    func testIngressServiceAndAPIServiceFacts() throws {
        let inventory = try ClusterFixtures.inventory("production-eks.json")
        let ingress = inventory.ingresses[0]
        XCTAssertEqual(ingress.ingressClassName, .known("alb"))
        XCTAssertEqual(ingress.effectiveClassName, .known("alb"))
        XCTAssertEqual(ingress.tls, .known([KubeIngressTLS(hosts: ["langsmith.internal.example.com"], secretName: nil)]))
        XCTAssertEqual(ingress.hosts, .known(["langsmith.internal.example.com"]))
        XCTAssertEqual(ingress.meta.annotation("alb.ingress.kubernetes.io/scheme"), .known("internal"))
        XCTAssertEqual(ingress.meta.annotation("alb.ingress.kubernetes.io/load-balancer-attributes"), .known("idle_timeout.timeout_seconds=600"))
        XCTAssertEqual(inventory.services.first?.type, .known("ClusterIP"))
        XCTAssertEqual(inventory.apiServices[0].isAvailable, .known(true))

        let legacy = try ClusterFixtures.inventory(json: ClusterFixtures.object("Ingress", "old", apiVersion: "extensions/v1beta1")
            .replacingOccurrences(of: "\"name\": \"old\"", with: #""name": "old", "annotations": {"kubernetes.io/ingress.class": "nginx"}"#))
        XCTAssertEqual(legacy.ingresses[0].effectiveClassName, .known("nginx"))
        let aks = try ClusterFixtures.inventory("aks-altinity-keda.json")
        XCTAssertEqual(aks.services[0].type, .known("LoadBalancer"))
    }

    func testScaledObjectAndClickHouseInstallationFacts() throws {
        let inventory = try ClusterFixtures.inventory("aks-altinity-keda.json")
        let scaled = inventory.scaledObjects[0]
        XCTAssertEqual(scaled.meta.reference, "ScaledObject/langsmith-queue")
        XCTAssertEqual(scaled.targetName, .known("langsmith-queue"))
        XCTAssertEqual(scaled.targetKind, .known(nil))
        XCTAssertEqual(scaled.minReplicaCount, .known(3))
        XCTAssertEqual(scaled.maxReplicaCount, .known(20))
        XCTAssertEqual(scaled.triggerTypes, .known(["redis", "cpu"]))
        let installation = inventory.clickHouseInstallations[0]
        XCTAssertEqual(installation.meta.reference, "ClickHouseInstallation/langsmith-ch")
        XCTAssertEqual(installation.clusters, .known([KubeClickHouseCluster(name: "replicated", replicasCount: .known(3), shardsCount: .known(1))]))

        let defaults = try ClusterFixtures.inventory(json: ClusterFixtures.object("ClickHouseInstallation", "ch", apiVersion: "clickhouse.altinity.com/v1",
            extra: #""spec": {"configuration": {"clusters": [{"name": "default"}]}}"#))
        XCTAssertEqual(defaults.clickHouseInstallations[0].clusters, .known([KubeClickHouseCluster(name: "default")]))
    }
}
