import Foundation
import LSReadyCLI
import LSReadyCore
import TestSupport
import XCTest

/// Section 11 — `health.*`, written from CATALOG.md only.
final class AcceptanceHealthTests: XCTestCase {
    static var nodes: [K8s.Object] { [K8s.node("ip-10-0-1-1.ec2.internal", cpu: "16", memory: "64Gi")] }

    static func backendPod(_ container: K8s.Container, name: String = "langsmith-backend-7c9d8b6f5-abcde") -> K8s.Object {
        K8s.pod(name, labels: langsmithLabels("backend"), containers: [container])
    }

    func testWithoutADumpEveryHealthRuleIsUnverified() throws {
        let run = try audit(values: "{}\n")
        for id in ["health.crashloop", "health.oomkilled", "health.unschedulable"] {
            assertStatus(run, id, "unverified")
        }
    }

    func testHealthyPodsPass() throws {
        let run = try audit(cluster: Self.nodes + [Self.backendPod(K8s.Container(name: "backend", restartCount: 5))])
        assertStatus(run, "health.crashloop", "pass", "5 restarts is not more than 5")
        assertStatus(run, "health.oomkilled", "pass")
        assertStatus(run, "health.unschedulable", "pass")
    }

    func testCrashLoopBackOffIsAtRisk() throws {
        let run = try audit(cluster: Self.nodes + [Self.backendPod(K8s.Container(name: "backend", waitingReason: "CrashLoopBackOff", restartCount: 2))])
        assertStatus(run, "health.crashloop", "at-risk")
        XCTAssertTrue(run.evidence("health.crashloop").contains { ($0["object"]?.string ?? "").contains("langsmith-backend-7c9d8b6f5-abcde") })
    }

    func testMoreThanFiveRestartsIsAtRisk() throws {
        let run = try audit(cluster: Self.nodes + [Self.backendPod(K8s.Container(name: "backend", restartCount: 6))])
        assertStatus(run, "health.crashloop", "at-risk")
    }

    func testNonLangSmithPodsAreIgnored() throws {
        let other = K8s.pod("payments-api-6b7c-xyz", labels: ["app.kubernetes.io/component": "payments-api"],
                            containers: [K8s.Container(name: "api", waitingReason: "CrashLoopBackOff", restartCount: 40, lastTerminatedReason: "OOMKilled")])
        let pending = K8s.pod("batch-runner-1", labels: ["app": "batch"], unschedulable: true)
        let run = try audit(cluster: Self.nodes + [other, pending, Self.backendPod(K8s.Container(name: "backend"))])
        assertStatus(run, "health.crashloop", "pass")
        assertStatus(run, "health.oomkilled", "pass")
        assertStatus(run, "health.unschedulable", "pass")
    }

    func testOOMKilledFails() throws {
        let last = try audit(cluster: Self.nodes + [Self.backendPod(K8s.Container(name: "backend", restartCount: 1, lastTerminatedReason: "OOMKilled"))])
        assertStatus(last, "health.oomkilled", "fail")
        let current = try audit(cluster: Self.nodes + [Self.backendPod(K8s.Container(name: "backend", terminatedReason: "OOMKilled"))])
        assertStatus(current, "health.oomkilled", "fail", "current state")
        let error = try audit(cluster: Self.nodes + [Self.backendPod(K8s.Container(name: "backend", restartCount: 1, lastTerminatedReason: "Error"))])
        assertStatus(error, "health.oomkilled", "pass", "Error is not OOMKilled")
    }

    func testOOMKilledClickHouseFails() throws {
        let clickhouse = K8s.pod("langsmith-clickhouse-0", labels: langsmithLabels("clickhouse"),
                                 containers: [K8s.Container(name: "clickhouse", restartCount: 3, lastTerminatedReason: "OOMKilled")],
                                 claims: ["data-langsmith-clickhouse-0"])
        let run = try audit(cluster: Self.nodes + [clickhouse])
        assertStatus(run, "health.oomkilled", "fail")
        XCTAssertTrue(run.evidence("health.oomkilled").contains { ($0["object"]?.string ?? "").contains("langsmith-clickhouse-0") })
        let altinity = K8s.pod("chi-langsmith-ch-prod-0-0-0", labels: ["clickhouse.altinity.com/chi": "langsmith-ch"],
                               containers: [K8s.Container(name: "clickhouse", restartCount: 1, lastTerminatedReason: "OOMKilled")])
        let operatorRun = try audit(values: AcceptanceClickHouseTests.externalCluster,
                                    cluster: Self.nodes + [K8s.clickHouseInstallation("langsmith-ch", clusters: [("prod", 3)]), altinity])
        assertStatus(operatorRun, "health.oomkilled", "fail", "operator-managed ClickHouse pod")
    }

    func testUnschedulableFails() throws {
        let queue = K8s.pod("langsmith-queue-6d5f-k2j3l", labels: langsmithLabels("queue"), unschedulable: true)
        let run = try audit(cluster: Self.nodes + [queue])
        assertStatus(run, "health.unschedulable", "fail")
        let clickhouse = K8s.pod("langsmith-clickhouse-0", labels: langsmithLabels("clickhouse"), unschedulable: true)
        assertStatus(try audit(cluster: Self.nodes + [clickhouse]), "health.unschedulable", "fail")
        let creating = K8s.pod("langsmith-queue-6d5f-k2j3l", labels: langsmithLabels("queue"),
                               containers: [K8s.Container(name: "queue", waitingReason: "ContainerCreating")], ready: false, phase: "Pending")
        assertStatus(try audit(cluster: Self.nodes + [creating]), "health.unschedulable", "pass", "Pending but scheduled")
    }

    func testCustomServiceNameIdentifiesTheWorkload() throws {
        // `backend.name: api` renames the workload: its component label ends in -api.
        let pod = K8s.pod("langsmith-api-7c9d-abcde", labels: ["app.kubernetes.io/component": "langsmith-api"],
                          containers: [K8s.Container(name: "api", waitingReason: "CrashLoopBackOff", restartCount: 9)])
        let run = try audit(values: "backend:\n  name: api\n", cluster: Self.nodes + [pod])
        assertStatus(run, "health.crashloop", "at-risk")
    }

    func testHealthFromAYAMLDump() throws {
        let yaml = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: langsmith-platform-backend-5f6d-q8w7e
          namespace: langsmith
          labels:
            app.kubernetes.io/component: langsmith-platform-backend
        spec:
          containers:
          - name: platform-backend
            image: langchain/langsmith-go-backend:0.10
        status:
          phase: Running
          conditions:
          - type: Ready
            status: "False"
          containerStatuses:
          - name: platform-backend
            ready: false
            restartCount: 12
            state:
              waiting:
                reason: CrashLoopBackOff
            lastState:
              terminated:
                reason: OOMKilled
                exitCode: 137
        """
        let run = try audit(values: "{}\n", clusterYAML: yaml)
        assertStatus(run, "health.crashloop", "at-risk")
        assertStatus(run, "health.oomkilled", "fail")
        XCTAssertEqual(run.verdict, "not-ready")
        XCTAssertEqual(run.exitCode, .gateFailed)
    }

    func testInitContainerCrashLoop() throws {
        var pod = Self.backendPod(K8s.Container(name: "backend"))
        var status = pod["status"] as! [String: Any]
        status["initContainerStatuses"] = [["name": "wait-for-db", "ready": false, "restartCount": 7,
                                            "state": ["waiting": ["reason": "CrashLoopBackOff"]]]]
        pod["status"] = status
        let run = try audit(cluster: Self.nodes + [pod])
        assertStatus(run, "health.crashloop", "at-risk", "Init:CrashLoopBackOff")
        var oom = Self.backendPod(K8s.Container(name: "backend"))
        var oomStatus = oom["status"] as! [String: Any]
        oomStatus["initContainerStatuses"] = [["name": "load-schema", "ready": true, "restartCount": 1,
                                               "state": ["terminated": ["reason": "Completed", "exitCode": 0]],
                                               "lastState": ["terminated": ["reason": "OOMKilled", "exitCode": 137]]]]
        oom["status"] = oomStatus
        assertStatus(try audit(cluster: Self.nodes + [oom]), "health.oomkilled", "fail", "init container OOMKilled on its last run")
    }

    func testUnlabelledClickHousePodOOM() throws {
        let pod = K8s.pod("langsmith-clickhouse-0", containers: [K8s.Container(name: "clickhouse", restartCount: 2, lastTerminatedReason: "OOMKilled")])
        let sts = K8s.statefulSet("langsmith-clickhouse")
        let run = try audit(cluster: Self.nodes + [sts, pod])
        assertStatus(run, "health.oomkilled", "fail")
    }

    func testMessageNamesThePod() throws {
        let run = try audit(cluster: Self.nodes + [Self.backendPod(K8s.Container(name: "backend", restartCount: 1, lastTerminatedReason: "OOMKilled"))])
        XCTAssertTrue(run.message("health.oomkilled").contains("langsmith-backend-7c9d8b6f5-abcde") ||
                      run.evidence("health.oomkilled").contains { ($0["object"]?.string ?? "").contains("langsmith-backend-7c9d8b6f5-abcde") })
    }

    func testChartRedisPodUnschedulable() throws {
        let redis = K8s.pod("langsmith-redis-0", labels: langsmithLabels("redis"), unschedulable: true)
        assertStatus(try audit(cluster: Self.nodes + [redis]), "health.unschedulable", "fail")
    }

    func testRestartsAreCountedPerContainer() throws {
        let pod = K8s.pod("langsmith-backend-1-a", labels: langsmithLabels("backend"),
                          containers: [K8s.Container(name: "backend", restartCount: 3), K8s.Container(name: "sidecar", restartCount: 3)])
        assertStatus(try audit(cluster: Self.nodes + [pod]), "health.crashloop", "pass", "3 + 3, but no container over 5")
    }

    func testDiagnosticsBundleDirectory() throws {
        let directory = try TemporaryDirectory()
        try directory.write("bundle/resources_details.yaml", """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Pod
          metadata:
            name: langsmith-queue-6d5f-k2j3l
            namespace: langsmith
            labels:
              app.kubernetes.io/component: langsmith-queue
          status:
            phase: Running
            conditions:
            - type: Ready
              status: "False"
            containerStatuses:
            - name: queue
              ready: false
              restartCount: 14
              state:
                waiting:
                  reason: CrashLoopBackOff
        """)
        try directory.write("bundle/helm-values/langsmith_values.yaml",
                            "USER-SUPPLIED VALUES:\nclickhouse:\n  statefulSet:\n    resources:\n      requests:\n        cpu: 8\n        memory: 32Gi\n")
        let result = CommandHarness(in: directory.url).run(["audit", "bundle", "--format", "json"])
        let report = try JSONReader.parse(Array(result.standardOutput.utf8), file: "report.json")
        let run = ClusterAcceptanceRun(exitCode: result.exitCode, report: report, standardError: result.standardError)
        assertStatus(run, "health.crashloop", "at-risk")
        XCTAssertEqual(run.evidence("health.crashloop").first?["file"]?.string, "bundle/resources_details.yaml")
        assertStatus(run, "clickhouse.resources", "pass")
        let evidence = run.evidence("clickhouse.resources").first { $0["path"]?.string == "clickhouse.statefulSet.resources.requests.cpu" }
        XCTAssertEqual(evidence?["file"]?.string, "bundle/helm-values/langsmith_values.yaml")
        XCTAssertEqual(evidence?["line"]?.number, 6)
        XCTAssertEqual(evidence?["column"]?.number, 14)
    }

    func testEverySubjectIsListedInTheEvidence() throws {
        let good = K8s.pod("langsmith-frontend-5b6c-aaaaa", labels: langsmithLabels("frontend"), containers: [K8s.Container(name: "frontend")])
        let bad = Self.backendPod(K8s.Container(name: "backend", waitingReason: "CrashLoopBackOff", restartCount: 9))
        let pending = K8s.pod("langsmith-queue-6d5f-k2j3l", labels: langsmithLabels("queue"), unschedulable: true)
        let run = try audit(cluster: Self.nodes + [good, bad, pending])
        assertStatus(run, "health.crashloop", "at-risk")
        assertStatus(run, "health.unschedulable", "fail")
        for id in ["health.crashloop", "health.oomkilled", "health.unschedulable"] {
            let objects = run.evidence(id).compactMap { $0["object"]?.string }
            XCTAssertTrue(objects.contains { $0.contains("langsmith-frontend-5b6c-aaaaa") }, "\(id): \(objects)")
            XCTAssertTrue(objects.contains { $0.contains("langsmith-backend-7c9d8b6f5-abcde") }, "\(id): \(objects)")
            XCTAssertTrue(run.evidence(id).allSatisfy { $0["file"]?.string == "cluster.json" }, id)
        }
    }
}
