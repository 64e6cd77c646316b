import Foundation
import LSReadyCLI
import LSReadyCore
import TestSupport
import XCTest

/// Section 6 — `scaling.write-path-capacity`, written from CATALOG.md only.
final class AcceptanceScalingTests: XCTestCase {
    static let id = "scaling.write-path-capacity"

    /// External ClickHouse whose replication and resources both pass (3 replicas, 8 / 32Gi requests).
    static var healthyClickHouse: [K8s.Object] { AcceptanceClickHouseTests.altinityCluster(replicasCount: 3) }

    func testQueueHPAAboveThreeWithInChartClickHouseIsAtRisk() throws {
        let values = "queue:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 10\n"
        let run = try audit(values: values)
        assertStatus(run, Self.id, "at-risk")
    }

    func testQueueMaxReplicasBoundary() throws {
        let three = "queue:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 3\n"
        assertStatus(try audit(values: three), Self.id, "pass", "3 is not beyond 3")
        let four = "queue:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 4\n"
        assertStatus(try audit(values: four), Self.id, "at-risk")
    }

    func testFixedQueueReplicas() throws {
        assertStatus(try audit(values: "queue:\n  deployment:\n    replicas: 3\n"), Self.id, "pass")
        assertStatus(try audit(values: "queue:\n  deployment:\n    replicas: 4\n"), Self.id, "at-risk")
        assertStatus(try audit(values: "{}\n"), Self.id, "pass", "chart 0.16 default: one queue replica, no HPA")
    }

    func testKEDAMaxReplicaCount() throws {
        let four = "queue:\n  autoscaling:\n    keda:\n      enabled: true\n      maxReplicaCount: 4\n"
        assertStatus(try audit(values: four), Self.id, "at-risk")
        let three = "queue:\n  autoscaling:\n    keda:\n      enabled: true\n      maxReplicaCount: 3\n"
        assertStatus(try audit(values: three), Self.id, "pass")
    }

    func testLegacyAutoscalingKeysFollowTheChartVersion() throws {
        let legacy = "queue:\n  autoscaling:\n    enabled: true\n    maxReplicas: 10\n  deployment:\n    replicas: 1\n"
        assertStatus(try audit(values: legacy, ["--chart-version", "0.12.37"]), Self.id, "at-risk", "chart < 0.13 reads autoscaling.enabled")
        assertStatus(try audit(values: legacy, ["--chart-version", "0.13.0"]), Self.id, "pass", "chart >= 0.13 ignores the old key")
    }

    func testHealthyClickHouseAllowsScaling() throws {
        let values = AcceptanceClickHouseTests.externalCluster + "\nqueue:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 20\n"
        let run = try audit(values: values, cluster: Self.healthyClickHouse)
        assertStatus(run, "clickhouse.replicated", "pass")
        assertStatus(run, "clickhouse.resources", "pass")
        assertStatus(run, Self.id, "pass")
    }

    func testReplicatedButUndersizedClickHouseIsAtRisk() throws {
        let small = K8s.Container(name: "clickhouse", requests: ["cpu": "4", "memory": "16Gi"], limits: ["cpu": "4", "memory": "16Gi"])
        let values = AcceptanceClickHouseTests.externalCluster + "\nqueue:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 20\n"
        let run = try audit(values: values, cluster: AcceptanceClickHouseTests.altinityCluster(replicasCount: 3, container: small))
        assertStatus(run, "clickhouse.replicated", "pass")
        assertStatus(run, "clickhouse.resources", "fail")
        assertStatus(run, Self.id, "at-risk")
    }

    func testTheClusterHPADecides() throws {
        let hpa = K8s.hpa("langsmith-queue", target: "langsmith-queue", min: 1, max: 10)
        let queue = K8s.deployment("langsmith-queue", labels: langsmithLabels("queue"))
        let run = try audit(values: "{}\n", cluster: AcceptanceClickHouseTests.inChartCluster(extra: [queue, hpa]))
        assertStatus(run, Self.id, "at-risk", "an HPA lets the queue reach 10 even though values do not enable one")
        let fixed = K8s.deployment("langsmith-queue", replicas: 5, labels: langsmithLabels("queue"))
        assertStatus(try audit(values: "{}\n", cluster: AcceptanceClickHouseTests.inChartCluster(extra: [fixed])), Self.id, "at-risk",
                     "five queue replicas running")
    }

    func testValuesHPAButClusterWithoutOne() throws {
        let values = "queue:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 10\n"
        let queue = K8s.deployment("langsmith-queue", labels: langsmithLabels("queue"))
        let run = try audit(values: values, cluster: AcceptanceClickHouseTests.inChartCluster(extra: [queue]))
        assertStatus(run, Self.id, "pass", "the cluster decides: one queue replica, no HPA")
        XCTAssertTrue(run.message(Self.id).contains("cluster decides"), run.message(Self.id))
    }

    func testManagedClickHouse() throws {
        let values = AcceptanceClickHouseTests.managed + "\nqueue:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 10\n"
        let run = try audit(values: values)
        assertStatus(run, Self.id, "pass", "managed: replicated passes, resources not-applicable (documented)")
        let dev = try audit(values: "queue:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 10\n", ["--profile", "dev"])
        assertStatus(dev, Self.id, "at-risk", "dev: clickhouse.resources at-risk with the chart defaults")
    }

    func testLegacyChartDefaultThreeQueueReplicas() throws {
        let run = try audit(values: "{}\n", ["--chart-version", "0.12.37"])
        assertStatus(run, Self.id, "pass", "chart 0.12: 3 queue replicas, HPA off")
        let shape = try audit(values: "queue:\n  autoscaling:\n    enabled: true\n    maxReplicas: 6\n")
        assertStatus(shape, Self.id, "at-risk", "values shape says < 0.13")
    }

    func testAutoscalerWithoutAMaximumUsesTheChartDefaultOfTen() throws {
        let hpa = try audit(values: "queue:\n  autoscaling:\n    hpa:\n      enabled: true\n")
        assertStatus(hpa, Self.id, "at-risk")
        XCTAssertTrue(hpa.message(Self.id).contains("10"), hpa.message(Self.id))
        assertStatus(try audit(values: "queue:\n  autoscaling:\n    keda:\n      enabled: true\n"), Self.id, "at-risk")
    }

    func testChartVersionFromTheHelmChartLabel() throws {
        // Both key shapes present: the dump's helm.sh/chart label (0.12.37) makes the old keys count.
        let mixed = "queue:\n  autoscaling:\n    enabled: true\n    maxReplicas: 10\n    hpa:\n      enabled: false\n"
        let labelled = K8s.statefulSet("langsmith-clickhouse", labels: langsmithLabels("clickhouse", chart: "0.12.37"))
        let run = try audit(values: mixed, cluster: [K8s.node("a", cpu: "16", memory: "64Gi"), labelled])
        XCTAssertEqual(run.report["chartVersion"]?.string, "0.12.37")
        assertStatus(run, Self.id, "at-risk")
        let flag = try audit(values: mixed, cluster: [K8s.node("a", cpu: "16", memory: "64Gi"), labelled], ["--chart-version", "0.13.0"])
        assertStatus(flag, Self.id, "pass", "--chart-version wins: the old keys are ignored")
    }

    func testRenamedQueueService() throws {
        let worker = K8s.deployment("langsmith-worker", labels: ["app.kubernetes.io/component": "langsmith-worker"])
        let hpa = K8s.hpa("langsmith-worker", target: "langsmith-worker", max: 8)
        let run = try audit(values: "queue:\n  name: worker\n", cluster: AcceptanceClickHouseTests.inChartCluster(extra: [worker, hpa]))
        assertStatus(run, Self.id, "at-risk")
        XCTAssertTrue(run.message(Self.id).contains("8"), run.message(Self.id))
    }

    func testUnverifiedClickHouseIsNotPass() throws {
        // External ClickHouse with no dump: clickhouse.replicated and clickhouse.resources are unverified, not pass.
        let values = AcceptanceClickHouseTests.externalCluster + "\nqueue:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 10\n"
        let run = try audit(values: values)
        assertStatus(run, "clickhouse.replicated", "unverified")
        assertStatus(run, Self.id, "at-risk")
    }

    func testScaledObjectInTheDump() throws {
        func scaledObject(_ max: Int) -> K8s.Object {
            ["apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", "metadata": K8s.meta("langsmith-queue"),
             "spec": ["scaleTargetRef": ["name": "langsmith-queue"], "minReplicaCount": 1, "maxReplicaCount": max]]
        }
        let queue = K8s.deployment("langsmith-queue", labels: langsmithLabels("queue"))
        assertStatus(try audit(values: "{}\n", cluster: AcceptanceClickHouseTests.inChartCluster(extra: [queue, scaledObject(6)])), Self.id, "at-risk")
        assertStatus(try audit(values: "{}\n", cluster: AcceptanceClickHouseTests.inChartCluster(extra: [queue, scaledObject(3)])), Self.id, "pass")
    }

    func testDevProfileWithSizedClickHouse() throws {
        let values = AcceptanceClickHouseTests.chResources(requests: #"{cpu: 4, memory: 16Gi}"#) + "\nqueue:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 10\n"
        let run = try audit(values: values, ["--profile", "dev"])
        assertStatus(run, "clickhouse.replicated", "not-applicable")
        assertStatus(run, "clickhouse.resources", "pass")
        assertStatus(run, Self.id, "pass", "replicated is not-applicable under dev, resources pass")
    }
}
