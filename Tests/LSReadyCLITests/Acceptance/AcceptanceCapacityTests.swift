import Foundation
import LSReadyCLI
import LSReadyCore
import TestSupport
import XCTest

/// Section 13 — capacity, written from CATALOG.md only.
final class AcceptanceCapacityTests: XCTestCase {
    static var metricsServer: K8s.Object { K8s.deployment("metrics-server", namespace: "kube-system") }

    func testWithoutADumpCapacityIsUnverified() throws {
        let run = try audit(values: "{}\n")
        for id in ["capacity.cluster-minimum", "capacity.clickhouse-nodes", "capacity.metrics-server"] {
            assertStatus(run, id, "unverified")
        }
    }

    func testClusterMinimumExactlyAtTheThreshold() throws {
        let notations: [[(String, String)]] = [
            [("8", "32Gi"), ("8", "32Gi")],
            [("8000m", "32768Mi"), ("8", "33554432Ki")],
            [("16", "34359738368"), ("0", "34359738368")],
            [("4", "16Gi"), ("4", "16Gi"), ("4", "16Gi"), ("4", "16Gi")],
            [("15900m", "64Gi"), ("100m", "1Ki")],
        ]
        for nodes in notations {
            let objects = nodes.enumerated().map { K8s.node("node-\($0.offset)", cpu: $0.element.0, memory: $0.element.1) }
            assertStatus(try audit(cluster: objects + [Self.metricsServer]), "capacity.cluster-minimum", "pass", "\(nodes)")
        }
    }

    func testClusterMinimumJustBelow() throws {
        let cases: [[(String, String)]] = [
            [("8", "32Gi"), ("7999m", "32Gi")],
            [("8", "32Gi"), ("8", "32767Mi")],
            [("8", "32G"), ("8", "32G")],
            [("8", "34359738367"), ("8", "32Gi")],
            [("16", "64Gi")].map { _ in ("15", "128Gi") },
        ]
        for nodes in cases {
            let objects = nodes.enumerated().map { K8s.node("node-\($0.offset)", cpu: $0.element.0, memory: $0.element.1) }
            let run = try audit(cluster: objects + [Self.metricsServer])
            assertStatus(run, "capacity.cluster-minimum", "fail", "\(nodes)")
        }
        let big = try audit(cluster: [K8s.node("big", cpu: "64", memory: "69G")])
        assertStatus(big, "capacity.cluster-minimum", "pass", "69G = 64.26Gi")
        let eNotation = try audit(cluster: [K8s.node("big", cpu: "16", memory: "6.8719476736e10")])
        assertStatus(eNotation, "capacity.cluster-minimum", "pass", "e notation, 64Gi exactly")
    }

    func testClickHouseNodesInChart() throws {
        let fits = [K8s.node("a", cpu: "8", memory: "32Gi"), K8s.node("b", cpu: "4", memory: "16Gi"), K8s.node("c", cpu: "4", memory: "16Gi")]
        assertStatus(try audit(values: "{}\n", cluster: fits), "capacity.clickhouse-nodes", "pass", "one node of 8 / 32Gi for one replica")
        let small = (1...6).map { K8s.node("n\($0)", cpu: "4", memory: "16Gi") }
        assertStatus(try audit(values: "{}\n", cluster: small), "capacity.clickhouse-nodes", "fail")
        assertStatus(try audit(values: "{}\n", cluster: small, ["--profile", "dev"]), "capacity.clickhouse-nodes", "pass", "dev threshold 4 / 16Gi")
        let almost = [K8s.node("a", cpu: "8", memory: "32G"), K8s.node("b", cpu: "7999m", memory: "64Gi")]
        assertStatus(try audit(values: "{}\n", cluster: almost), "capacity.clickhouse-nodes", "fail", "32G < 32Gi; 7999m < 8")
    }

    func testClickHouseNodesPerReplica() throws {
        let two = (1...2).map { K8s.node("big-\($0)", cpu: "16", memory: "64Gi") } + (1...4).map { K8s.node("small-\($0)", cpu: "4", memory: "8Gi") }
        let run = try audit(values: AcceptanceClickHouseTests.externalCluster,
                            cluster: AcceptanceClickHouseTests.altinityCluster(replicasCount: 3, nodes: two))
        assertStatus(run, "capacity.clickhouse-nodes", "fail", "3 replicas, 2 nodes large enough")
        let three = (1...3).map { K8s.node("big-\($0)", cpu: "8", memory: "32Gi") }
        assertStatus(try audit(values: AcceptanceClickHouseTests.externalCluster,
                               cluster: AcceptanceClickHouseTests.altinityCluster(replicasCount: 3, nodes: three)),
                     "capacity.clickhouse-nodes", "pass")
    }

    func testClickHouseNodesExternalOutsideTheCluster() throws {
        let nodes = (1...3).map { K8s.node("n\($0)", cpu: "4", memory: "16Gi") }
        assertStatus(try audit(values: AcceptanceClickHouseTests.managed, cluster: nodes), "capacity.clickhouse-nodes", "not-applicable")
        let outside = "clickhouse:\n  external:\n    enabled: true\n    host: clickhouse.example.com\n    cluster: prod\n"
        assertStatus(try audit(values: outside, cluster: nodes + [Self.metricsServer]), "capacity.clickhouse-nodes", "not-applicable",
                     "no ClickHouse installation or pods in the dump")
    }

    func testMetricsServer() throws {
        let nodes = [K8s.node("a", cpu: "16", memory: "64Gi")]
        assertStatus(try audit(cluster: nodes + [Self.metricsServer]), "capacity.metrics-server", "pass")
        assertStatus(try audit(cluster: nodes + [K8s.apiService("v1beta1.metrics.k8s.io", available: true)]), "capacity.metrics-server", "pass")
        assertStatus(try audit(cluster: nodes + [K8s.apiService("v1beta1.metrics.k8s.io", available: false)]), "capacity.metrics-server", "fail")
        assertStatus(try audit(cluster: nodes), "capacity.metrics-server", "fail")
    }

    func testDevProfileDoesNotMakeCapacityNotApplicable() throws {
        let run = try audit(values: "{}\n", cluster: [K8s.node("a", cpu: "4", memory: "16Gi")], ["--profile", "dev"])
        assertStatus(run, "capacity.cluster-minimum", "fail", "not production-only")
        assertStatus(run, "capacity.metrics-server", "fail")
    }

    func testDumpWithoutNodes() throws {
        let run = try audit(cluster: [Self.metricsServer])
        assertStatus(run, "capacity.cluster-minimum", "unverified", "the deciding evidence (nodes) is missing")
        assertStatus(run, "capacity.clickhouse-nodes", "unverified")
    }

    func testMetricsServerInAnotherNamespace() throws {
        let run = try audit(cluster: [K8s.node("a", cpu: "16", memory: "64Gi"), K8s.deployment("metrics-server", namespace: "monitoring")])
        assertStatus(run, "capacity.metrics-server", "pass")
    }

    func testAllocatableNotCapacityDecides() throws {
        var node = K8s.node("a", cpu: "16", memory: "64Gi")
        node["status"] = ["capacity": ["cpu": "16", "memory": "64Gi"], "allocatable": ["cpu": "15890m", "memory": "62Gi"]]
        assertStatus(try audit(cluster: [node, Self.metricsServer]), "capacity.cluster-minimum", "fail", "allocatable below 16 / 64Gi")
    }

    func testClickHouseNodesAltinityOnGKE() throws {
        let nodes = (1...3).map { K8s.node("gke-\($0)", cpu: "8", memory: "32Gi", providerID: "gce://p/z/gke-\($0)") }
        let run = try audit(values: AcceptanceClickHouseTests.externalCluster, cluster: AcceptanceClickHouseTests.altinityCluster(replicasCount: 3, nodes: nodes))
        assertStatus(run, "capacity.clickhouse-nodes", "pass")
        let inChartNoValues = try audit(cluster: [K8s.node("a", cpu: "4", memory: "16Gi"), K8s.statefulSet("langsmith-clickhouse", labels: langsmithLabels("clickhouse"))])
        assertStatus(inChartNoValues, "capacity.clickhouse-nodes", "fail", "the chart StatefulSet in the dump, no node fits")
    }

    func testDecimalKiloBoundary() throws {
        // 64Gi = 68719476736 bytes: 68719477k is just above, 68719476k just below.
        assertStatus(try audit(cluster: [K8s.node("a", cpu: "16", memory: "68719477k")]), "capacity.cluster-minimum", "pass")
        assertStatus(try audit(cluster: [K8s.node("a", cpu: "16", memory: "68719476k")]), "capacity.cluster-minimum", "fail")
        assertStatus(try audit(cluster: [K8s.node("a", cpu: "1.6e1", memory: "64Gi")]), "capacity.cluster-minimum", "pass", "CPU in e notation")
    }

    func testVerdictAndExitCodes() throws {
        // dev profile, auth and TLS configured: nothing fails, but unverified and manual findings remain.
        let values = "config:\n  authType: mixed\n  basicAuth:\n    enabled: true\nfrontend:\n  ssl:\n    enabled: true\n"
        let atRisk = try audit(values: values, ["--profile", "dev"])
        XCTAssertEqual(atRisk.report["summary"]?["fail"]?.number, 0)
        XCTAssertEqual(atRisk.verdict, "at-risk")
        XCTAssertEqual(atRisk.exitCode, .passed)
        XCTAssertEqual(try audit(values: values, ["--profile", "dev", "--fail-on", "at-risk"]).exitCode, .gateFailed)
        // A capacity failure makes it not-ready.
        let small = try audit(values: values, cluster: [K8s.node("a", cpu: "4", memory: "16Gi"), Self.metricsServer], ["--profile", "dev"])
        assertStatus(small, "capacity.cluster-minimum", "fail")
        XCTAssertEqual(small.verdict, "not-ready")
        XCTAssertEqual(small.exitCode, .gateFailed)
        XCTAssertEqual(try audit(values: values, cluster: [K8s.node("a", cpu: "4", memory: "16Gi")], ["--profile", "dev", "--fail-on", "never"]).exitCode, .passed)
    }

    func testBadFailOnIsAUsageError() throws {
        let directory = try TemporaryDirectory()
        try directory.write("values.yaml", "{}\n")
        XCTAssertEqual(CommandHarness(in: directory.url).run(["audit", "values.yaml", "--fail-on", "sometimes"]).exitCode, .usage)
    }

    func testMultiDocumentYAMLDump() throws {
        let yaml = """
        apiVersion: v1
        kind: Node
        metadata:
          name: n1
        spec:
          providerID: aws:///us-east-1a/i-1
        status:
          allocatable: {cpu: "8", memory: 32Gi}
        ---
        apiVersion: v1
        kind: Node
        metadata:
          name: n2
        spec:
          providerID: aws:///us-east-1a/i-2
        status:
          allocatable: {cpu: 8000m, memory: 32768Mi}
        """
        let run = try audit(values: "{}\n", clusterYAML: yaml)
        assertStatus(run, "capacity.cluster-minimum", "pass")
        assertStatus(run, "capacity.clickhouse-nodes", "pass")
        XCTAssertTrue(run.evidence("capacity.cluster-minimum").contains { ($0["object"]?.string ?? "").contains("n1") }, "evidence names the nodes")
    }

    func testCatalogMetadataAndOrder() throws {
        let expected: [(String, String, [String], Bool, Bool)] = [
            ("clickhouse.replicated", "required", ["values", "cluster"], true, false),
            ("clickhouse.replica-guardrail", "recommended", ["values", "cluster"], false, false),
            ("clickhouse.resources", "required", ["values", "cluster"], false, false),
            ("clickhouse.persistence", "required", ["values", "cluster"], false, false),
            ("clickhouse.ssd-storage", "required", ["cluster"], false, false),
            ("clickhouse.storage-performance", "recommended", ["cluster"], false, false),
            ("clickhouse.volume-expansion", "recommended", ["cluster"], false, false),
            ("clickhouse.ebs-csi-driver", "required", ["cluster"], false, true),
            ("clickhouse.default-storageclass", "required", ["cluster"], false, true),
            ("clickhouse.pvc-bound", "required", ["cluster"], false, false),
            ("clickhouse.pods-ready", "required", ["cluster"], false, false),
            ("clickhouse.migrations", "recommended", ["cluster"], false, false),
            ("scaling.write-path-capacity", "recommended", ["values", "cluster"], false, false),
            ("levers.async-insert-wait", "info", ["values", "cluster"], false, false),
            ("health.crashloop", "recommended", ["cluster"], false, false),
            ("health.oomkilled", "required", ["cluster"], false, false),
            ("health.unschedulable", "required", ["cluster"], false, false),
            ("capacity.cluster-minimum", "required", ["cluster"], false, false),
            ("capacity.clickhouse-nodes", "required", ["cluster"], false, false),
            ("capacity.metrics-server", "required", ["cluster"], false, false),
        ]
        let json = CommandHarness(in: try TemporaryDirectory().url).run(["rules", "--format", "json"]).standardOutput
        let rules = try JSONReader.parse(Array(json.utf8), file: "rules.json").items ?? []
        for (id, level, evidence, productionOnly, eksOnly) in expected {
            let rule = rules.first { $0["id"]?.string == id }
            XCTAssertEqual(rule?["level"]?.string, level, id)
            XCTAssertEqual(rule?["evidence"]?.items?.compactMap(\.string), evidence, id)
            XCTAssertEqual(rule?["productionOnly"]?.bool, productionOnly, id)
            XCTAssertEqual(rule?["eksOnly"]?.bool, eksOnly, id)
        }
        let report = try audit(values: "{}\n")
        let ids = (report.report["findings"]?.items ?? []).compactMap { $0["id"]?.string }
        let ours = ids.filter { id in expected.contains { $0.0 == id } }
        XCTAssertEqual(ours, expected.map(\.0), "catalog order, one finding each")
    }

    func testASingleObjectJSONFileIsClusterEvidence() throws {
        let directory = try TemporaryDirectory()
        let data = try JSONSerialization.data(withJSONObject: K8s.node("solo", cpu: "16", memory: "64Gi"))
        try directory.write("node.json", String(decoding: data, as: UTF8.self))
        let result = CommandHarness(in: directory.url).run(["audit", "node.json", "--format", "json"])
        let report = try JSONReader.parse(Array(result.standardOutput.utf8), file: "report.json")
        XCTAssertEqual(report["inputs"]?.items?.first?["kind"]?.string, "cluster")
        let run = ClusterAcceptanceRun(exitCode: result.exitCode, report: report, standardError: result.standardError)
        assertStatus(run, "capacity.cluster-minimum", "pass")
    }

    func testEveryNodeIsListedInTheEvidence() throws {
        let run = try audit(cluster: [K8s.node("node-a", cpu: "8", memory: "32Gi"), K8s.node("node-b", cpu: "4", memory: "16Gi"), Self.metricsServer])
        assertStatus(run, "capacity.cluster-minimum", "fail")
        let objects = run.evidence("capacity.cluster-minimum").compactMap { $0["object"]?.string }
        XCTAssertTrue(objects.contains("Node/node-a") && objects.contains("Node/node-b"), "\(objects)")
    }

    func testMalformedAllocatable() throws {
        let enough = try audit(cluster: [K8s.node("a", cpu: "16", memory: "64Gi"), K8s.node("b", cpu: "lots", memory: "lots"), Self.metricsServer])
        assertStatus(enough, "capacity.cluster-minimum", "pass", "the readable node suffices")
        let short = try audit(cluster: [K8s.node("a", cpu: "8", memory: "32Gi"), K8s.node("b", cpu: "lots", memory: "lots"), Self.metricsServer])
        assertStatus(short, "capacity.cluster-minimum", "unverified", "the unreadable node could make up the shortfall")
    }

    func testAHealthyEKSDeploymentPassesEverySectionRule() throws {
        var cluster = AcceptanceClickHouseTests.altinityCluster(replicasCount: 3)
        cluster += [
            Self.metricsServer,
            K8s.job("langsmith-clickhouse-migrations", succeeded: 1),
            K8s.deployment("langsmith-queue", replicas: 2, labels: langsmithLabels("queue")),
            K8s.hpa("langsmith-queue", target: "langsmith-queue", min: 2, max: 10),
            K8s.pod("langsmith-queue-6d5f-k2j3l", labels: langsmithLabels("queue"), containers: [K8s.Container(name: "queue", restartCount: 1)]),
            K8s.pod("langsmith-backend-7c9d-abcde", labels: langsmithLabels("backend"), containers: [K8s.Container(name: "backend")]),
        ]
        let values = AcceptanceClickHouseTests.externalCluster + "\nqueue:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: 10\n"
        let run = try audit(values: values, cluster: cluster)
        XCTAssertEqual(run.report["platform"]?.string, "eks")
        for id in ["clickhouse.replicated", "clickhouse.replica-guardrail", "clickhouse.resources", "clickhouse.persistence",
                   "clickhouse.ssd-storage", "clickhouse.storage-performance", "clickhouse.volume-expansion", "clickhouse.ebs-csi-driver",
                   "clickhouse.default-storageclass", "clickhouse.pvc-bound", "clickhouse.pods-ready", "clickhouse.migrations",
                   "scaling.write-path-capacity", "health.crashloop", "health.oomkilled", "health.unschedulable",
                   "capacity.cluster-minimum", "capacity.clickhouse-nodes", "capacity.metrics-server"] {
            assertStatus(run, id, "pass")
        }
        assertStatus(run, "levers.async-insert-wait", "manual")
        assertStatus(run, "clickhouse.access-control", "manual")
    }
}
