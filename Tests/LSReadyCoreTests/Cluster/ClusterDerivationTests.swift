import XCTest
@testable import LSReadyCore

final class ClusterDerivationTests: XCTestCase {
    private func nodes(_ specs: [(labels: [String: String], providerID: String?)]) throws -> ClusterInventory {
        let objects = specs.enumerated().map { index, spec in
            ClusterFixtures.object("Node", "node-\(index)", namespace: nil, labels: spec.labels,
                                   extra: spec.providerID.map { "\"spec\": {\"providerID\": \"\($0)\"}" } ?? "")
        }
        return try ClusterFixtures.inventory(json: ClusterFixtures.list(objects))
    }

    func testPlatformDetection() throws {
        XCTAssertEqual(try ClusterFixtures.inventory("production-eks.json").detectedPlatform, .eks)
        XCTAssertEqual(try ClusterFixtures.inventory("aks-altinity-keda.json").detectedPlatform, .aks)
        XCTAssertEqual(try nodes([([:], "aws:///us-east-1a/i-0a")]).detectedPlatform, .eks)
        XCTAssertEqual(try nodes([(["eks.amazonaws.com/nodegroup": "ng"], nil)]).detectedPlatform, .eks)
        XCTAssertEqual(try nodes([([:], "gce://project/us-central1-a/gke-node")]).detectedPlatform, .gke)
        XCTAssertEqual(try nodes([(["cloud.google.com/gke-nodepool": "pool"], nil)]).detectedPlatform, .gke)
        XCTAssertEqual(try nodes([([:], "azure:///subscriptions/x")]).detectedPlatform, .aks)
        XCTAssertEqual(try nodes([(["kubernetes.azure.com/cluster": "mc"], nil)]).detectedPlatform, .aks)
        XCTAssertEqual(try nodes([(["kubernetes.io/hostname": "kind"], "kind://docker/kind/kind-control-plane")]).detectedPlatform, .generic)
        XCTAssertEqual(try nodes([([:], nil)]).detectedPlatform, .generic)
        XCTAssertEqual(try nodes([([:], "gce://p/z/n"), ([:], "aws:///z/i")]).detectedPlatform, .eks, "EKS is checked first")
        XCTAssertEqual(try nodes([(["cloud.google.com/gke-nodepool-x": "p"], nil)]).detectedPlatform, .generic, "the GKE label is exact")
        XCTAssertNil(try ClusterFixtures.inventory(json: ClusterFixtures.object("Pod", "p")).detectedPlatform)
    }

    func testChartVersionLabel() throws {
        XCTAssertEqual(try ClusterFixtures.inventory("production-eks.json").chartVersionFromLabels, "0.16.11")
        XCTAssertNil(try ClusterFixtures.inventory(json: ClusterFixtures.object("Pod", "p")).chartVersionFromLabels)
        let mixed = try ClusterFixtures.inventory(json: ClusterFixtures.list([
            ClusterFixtures.object("Service", "a", labels: ["helm.sh/chart": "langsmith-0.15.4"]),
            ClusterFixtures.object("Service", "b", labels: ["helm.sh/chart": "langsmith-0.16.11"]),
            ClusterFixtures.object("Service", "c", labels: ["helm.sh/chart": "langsmith-0.16.11"]),
            ClusterFixtures.object("Service", "d", labels: ["helm.sh/chart": "redis-18.1.0"]),
            ClusterFixtures.object("Service", "e", labels: ["helm.sh/chart": "langsmith-operator-1.0.0"]),
        ]))
        XCTAssertEqual(mixed.chartVersionFromLabels, "0.16.11", "the version most objects carry")
        let tie = try ClusterFixtures.inventory(json: ClusterFixtures.list([
            ClusterFixtures.object("Service", "a", labels: ["helm.sh/chart": "langsmith-0.15.4"]),
            ClusterFixtures.object("Service", "b", labels: ["helm.sh/chart": "langsmith-0.16.11"]),
        ]))
        XCTAssertEqual(tie.chartVersionFromLabels, "0.15.4", "a tie goes to the first seen")
        XCTAssertEqual(ClusterInventory.langSmithChartVersion("langsmith-0.13.0-rc.1"), "0.13.0-rc.1")
        XCTAssertNil(ClusterInventory.langSmithChartVersion("langsmith-0.13"))
        XCTAssertNil(ClusterInventory.langSmithChartVersion("langsmith"))
        XCTAssertNil(ClusterInventory.langSmithChartVersion("langsmith-"))
    }

    func testServiceNameRule() {
        let names = LangSmithServiceNames()
        XCTAssertTrue(names.text("langsmith-queue", names: "queue"))
        XCTAssertTrue(names.text("queue", names: "queue"))
        XCTAssertFalse(names.text("langsmith-ingest-queue", names: "queue"), "ingest-queue is the longer service")
        XCTAssertTrue(names.text("langsmith-ingest-queue", names: "ingest-queue"))
        XCTAssertTrue(names.text("langsmith-backend", names: "backend"))
        XCTAssertFalse(names.text("langsmith-platform-backend", names: "backend"))
        XCTAssertFalse(names.text("langsmith-ace-backend", names: "backend"))
        XCTAssertFalse(names.text("langsmith-host-backend", names: "backend"))
        XCTAssertTrue(names.text("langsmith-platform-backend", names: "platform-backend"))
        XCTAssertFalse(names.text("langsmith-queue-worker", names: "queue"))
        XCTAssertFalse(names.text("langsmithqueue", names: "queue"))
        XCTAssertFalse(names.text("langsmith-queue", names: ""))
        let renamed = LangSmithServiceNames(known: LangSmithServiceNames.defaults + ["fast-queue"])
        XCTAssertFalse(renamed.text("prod-fast-queue", names: "queue"), "a renamed service counts as a longer name")
        XCTAssertTrue(LangSmithServiceNames().text("prod-fast-queue", names: "queue"), "unknown to the default names")
    }

    func testWorkloadsOfTheProductionDump() throws {
        let inventory = try ClusterFixtures.inventory("production-eks.json")
        for service in ["backend", "platform-backend", "queue", "ingest-queue", "frontend", "playground", "ace-backend"] {
            let workload = inventory.langSmithWorkload(service)
            XCTAssertEqual(workload.deployments.map(\.meta.name), ["langsmith-\(service)"], service)
            XCTAssertEqual(workload.pods.count, 1, service)
            XCTAssertTrue(workload.pods[0].meta.name.hasPrefix("langsmith-\(service)-"), service)
            XCTAssertEqual(workload.horizontalPodAutoscalers.map(\.meta.name), ["langsmith-\(service)"], service)
            XCTAssertEqual(workload.scaledObjects, [], service)
        }
        XCTAssertTrue(inventory.langSmithWorkload("listener").isEmpty)
        XCTAssertTrue(inventory.langSmithWorkload("redis").isEmpty)
        let clickhouse = inventory.langSmithWorkload("clickhouse")
        XCTAssertEqual(clickhouse.statefulSets.map(\.meta.name), ["langsmith-clickhouse"])
        XCTAssertEqual(clickhouse.pods.map(\.meta.name), ["langsmith-clickhouse-0", "langsmith-clickhouse-1", "langsmith-clickhouse-2"])
        XCTAssertEqual(clickhouse.workloadNames, ["langsmith-clickhouse"])
    }

    /// Without labels, names alone must still keep `queue` and `ingest-queue` apart.
    func testQueueAndIngestQueueByNameAlone() throws {
        let inventory = try ClusterFixtures.inventory(json: ClusterFixtures.list([
            ClusterFixtures.object("Deployment", "ls-queue", apiVersion: "apps/v1"),
            ClusterFixtures.object("Deployment", "ls-ingest-queue", apiVersion: "apps/v1"),
            ClusterFixtures.object("Pod", "ls-queue-7d9f8b6c5-x2x9z"),
            ClusterFixtures.object("Pod", "ls-ingest-queue-85f6b9c7d-mv4rt"),
            ClusterFixtures.object("HorizontalPodAutoscaler", "ls-queue", apiVersion: "autoscaling/v2",
                                   extra: #""spec": {"scaleTargetRef": {"kind": "Deployment", "name": "ls-queue"}}"#),
            ClusterFixtures.object("HorizontalPodAutoscaler", "ls-ingest-queue", apiVersion: "autoscaling/v2",
                                   extra: #""spec": {"scaleTargetRef": {"kind": "Deployment", "name": "ls-ingest-queue"}}"#),
            ClusterFixtures.object("ScaledObject", "ls-ingest-queue", apiVersion: "keda.sh/v1alpha1",
                                   extra: #""spec": {"scaleTargetRef": {"name": "ls-ingest-queue"}}"#),
        ]))
        let queue = inventory.langSmithWorkload("queue")
        XCTAssertEqual(queue.deployments.map(\.meta.name), ["ls-queue"])
        XCTAssertEqual(queue.pods.map(\.meta.name), ["ls-queue-7d9f8b6c5-x2x9z"])
        XCTAssertEqual(queue.horizontalPodAutoscalers.map(\.meta.name), ["ls-queue"])
        XCTAssertEqual(queue.scaledObjects, [])
        let ingest = inventory.langSmithWorkload("ingest-queue")
        XCTAssertEqual(ingest.deployments.map(\.meta.name), ["ls-ingest-queue"])
        XCTAssertEqual(ingest.pods.map(\.meta.name), ["ls-ingest-queue-85f6b9c7d-mv4rt"])
        XCTAssertEqual(ingest.horizontalPodAutoscalers.map(\.meta.name), ["ls-ingest-queue"])
        XCTAssertEqual(ingest.scaledObjects.map(\.meta.name), ["ls-ingest-queue"])
    }

    func testComponentLabelDecidesOverTheName() throws {
        let component = "app.kubernetes.io/component"
        let inventory = try ClusterFixtures.inventory(json: ClusterFixtures.list([
            // Renamed by fullnameOverride, but labelled: the label finds it.
            ClusterFixtures.object("Deployment", "smith-workers", apiVersion: "apps/v1", labels: [component: "langsmith-queue"]),
            // Named like queue, but labelled as something else: not queue's.
            ClusterFixtures.object("Deployment", "tools-queue", apiVersion: "apps/v1", labels: [component: "controller"]),
            // A pod of the renamed Deployment, found through its ReplicaSet owner.
            ClusterFixtures.object("Pod", "smith-workers-6b7c9d8f5-lk2zp").replacingOccurrences(of: "\"name\": \"smith-workers-6b7c9d8f5-lk2zp\"",
                with: #""name": "smith-workers-6b7c9d8f5-lk2zp", "ownerReferences": [{"kind": "ReplicaSet", "name": "smith-workers-6b7c9d8f5", "controller": true}]"#),
            ClusterFixtures.object("HorizontalPodAutoscaler", "smith-workers", apiVersion: "autoscaling/v2",
                                   extra: #""spec": {"scaleTargetRef": {"kind": "Deployment", "name": "smith-workers"}}"#),
        ]))
        let queue = inventory.langSmithWorkload("queue")
        XCTAssertEqual(queue.deployments.map(\.meta.name), ["smith-workers"])
        XCTAssertEqual(queue.pods.map(\.meta.name), ["smith-workers-6b7c9d8f5-lk2zp"])
        XCTAssertEqual(queue.horizontalPodAutoscalers.map(\.meta.name), ["smith-workers"])
    }

    func testPodGeneratorNames() {
        XCTAssertEqual(PodOwnership.generatorName("langsmith-queue-7d9f8b6c5-x2x9z"), "langsmith-queue")
        XCTAssertEqual(PodOwnership.generatorName("langsmith-ingest-queue-85f6b9c7d-mv4rt"), "langsmith-ingest-queue")
        XCTAssertEqual(PodOwnership.generatorName("langsmith-clickhouse-0"), "langsmith-clickhouse")
        XCTAssertEqual(PodOwnership.generatorName("langsmith-clickhouse-12"), "langsmith-clickhouse")
        XCTAssertEqual(PodOwnership.generatorName("ebs-csi-node-x2x9z"), "ebs-csi-node")
        XCTAssertEqual(PodOwnership.generatorName("langsmith-clickhouse-migrations-8k2lq"), "langsmith-clickhouse-migrations")
        XCTAssertEqual(PodOwnership.generatorName("langsmith-backend"), "langsmith-backend")
        XCTAssertEqual(PodOwnership.generatorName("standalone"), "standalone")
        XCTAssertEqual(PodOwnership.strippingHash("langsmith-queue-7d9f8b6c5"), "langsmith-queue")
        XCTAssertNil(PodOwnership.strippingHash("langsmith-queue-legacy"))
    }

    func testMigrationJobPodsAreNotClickHousePods() throws {
        let inventory = try ClusterFixtures.inventory(json: ClusterFixtures.list([
            ClusterFixtures.object("Pod", "langsmith-clickhouse-migrations-8k2lq"),
            ClusterFixtures.object("Pod", "langsmith-clickhouse-0"),
        ]))
        XCTAssertEqual(inventory.langSmithWorkload("clickhouse").pods.map(\.meta.name), ["langsmith-clickhouse-0"])
    }

    func testChartClickHouseObjects() throws {
        let inventory = try ClusterFixtures.inventory("production-eks.json")
        let clickhouse = inventory.clickHouseObjects()
        XCTAssertEqual(clickhouse.statefulSets.map(\.meta.reference), ["StatefulSet/langsmith-clickhouse"])
        XCTAssertEqual(clickhouse.installations, [])
        XCTAssertEqual(clickhouse.pods.map(\.meta.name), ["langsmith-clickhouse-0", "langsmith-clickhouse-1", "langsmith-clickhouse-2"])
        XCTAssertEqual(clickhouse.persistentVolumeClaims.map(\.meta.name),
                       ["data-langsmith-clickhouse-0", "data-langsmith-clickhouse-1", "data-langsmith-clickhouse-2"])
        XCTAssertFalse(clickhouse.isEmpty)

        let broken = try ClusterFixtures.inventory("broken-health.json").clickHouseObjects()
        XCTAssertEqual(broken.persistentVolumeClaims.map(\.phase), [.known("Bound"), .known("Bound"), .known("Pending")])
        XCTAssertTrue(try ClusterFixtures.inventory(json: ClusterFixtures.object("Pod", "x")).clickHouseObjects().isEmpty)
    }

    func testChartClickHousePVCsWithoutPodsOrLabels() throws {
        let inventory = try ClusterFixtures.inventory(json: ClusterFixtures.list([
            ClusterFixtures.object("StatefulSet", "prod-clickhouse", apiVersion: "apps/v1"),
            ClusterFixtures.object("PersistentVolumeClaim", "data-prod-clickhouse-0"),
            ClusterFixtures.object("PersistentVolumeClaim", "data-prod-clickhouse-backup"),
            ClusterFixtures.object("PersistentVolumeClaim", "data-prod-postgres-0"),
        ]))
        XCTAssertEqual(inventory.clickHouseObjects().persistentVolumeClaims.map(\.meta.name), ["data-prod-clickhouse-0"])
    }

    func testAltinityClickHouseObjects() throws {
        let inventory = try ClusterFixtures.inventory("aks-altinity-keda.json")
        let clickhouse = inventory.clickHouseObjects()
        XCTAssertEqual(clickhouse.installations.map(\.name), ["langsmith-ch"])
        XCTAssertEqual(clickhouse.pods.map(\.meta.name), (0..<3).map { "chi-langsmith-ch-replicated-0-\($0)-0" })
        XCTAssertEqual(clickhouse.statefulSets.map(\.meta.name), (0..<3).map { "chi-langsmith-ch-replicated-0-\($0)" })
        XCTAssertEqual(clickhouse.persistentVolumeClaims.map(\.meta.name), (0..<3).map { "data-volume-chi-langsmith-ch-replicated-0-\($0)-0" })
        XCTAssertEqual(inventory.storageClass(of: clickhouse.persistentVolumeClaims[0]).storageClass?.diskType, .known("Premium_LRS"))

        // By name alone, without labels or mounts.
        let bare = try ClusterFixtures.inventory(json: ClusterFixtures.list([
            ClusterFixtures.object("ClickHouseInstallation", "ch", apiVersion: "clickhouse.altinity.com/v1"),
            ClusterFixtures.object("Pod", "chi-ch-main-0-0-0"),
            ClusterFixtures.object("Pod", "chi-chx-main-0-0-0"),
            ClusterFixtures.object("Pod", "chi-ch-main-0-1-0", namespace: "elsewhere"),
            ClusterFixtures.object("PersistentVolumeClaim", "default-volume-claim-chi-ch-main-0-0-0"),
            ClusterFixtures.object("PersistentVolumeClaim", "chi-ch-main-0-0-0"),
        ]))
        let found = bare.clickHouseObjects()
        XCTAssertEqual(found.pods.map(\.meta.name), ["chi-ch-main-0-0-0"])
        XCTAssertEqual(found.persistentVolumeClaims.map(\.meta.name), ["default-volume-claim-chi-ch-main-0-0-0", "chi-ch-main-0-0-0"])
    }

    func testClickHouseMigrationJobs() throws {
        XCTAssertEqual(try ClusterFixtures.inventory("production-eks.json").clickHouseMigrationJobs().map(\.meta.name),
                       ["langsmith-clickhouse-migrations-8k2lq"])
        let inventory = try ClusterFixtures.inventory(json: ClusterFixtures.list([
            ClusterFixtures.object("Job", "prod-clickhouse-migrations", apiVersion: "batch/v1"),
            ClusterFixtures.object("Job", "prod-clickhouse-migrations-x7k2p", apiVersion: "batch/v1"),
            ClusterFixtures.object("Job", "prod-clickhouse-migrations-", apiVersion: "batch/v1"),
            ClusterFixtures.object("Job", "prod-postgres-migrations-x7k2p", apiVersion: "batch/v1"),
            ClusterFixtures.object("Job", "prod-clickhouse-migrations-old-x7k2p", apiVersion: "batch/v1"),
        ]))
        XCTAssertEqual(inventory.clickHouseMigrationJobs().map(\.meta.name),
                       ["prod-clickhouse-migrations", "prod-clickhouse-migrations-x7k2p"])
    }

    func testKEDAWorkloadInTheAKSDump() throws {
        let inventory = try ClusterFixtures.inventory("aks-altinity-keda.json")
        let queue = inventory.langSmithWorkload("queue")
        XCTAssertEqual(queue.scaledObjects.map(\.meta.name), ["langsmith-queue"])
        XCTAssertEqual(queue.horizontalPodAutoscalers.map(\.meta.name), ["keda-hpa-langsmith-queue"])
        XCTAssertEqual(queue.horizontalPodAutoscalers.map(\.scaledObjectName), ["langsmith-queue"])
        let backend = inventory.langSmithWorkload("backend")
        XCTAssertEqual(backend.horizontalPodAutoscalers.map(\.meta.apiVersion), ["autoscaling/v1"])
    }
}
