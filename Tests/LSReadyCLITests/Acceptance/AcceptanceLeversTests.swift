import Foundation
import LSReadyCLI
import LSReadyCore
import TestSupport
import XCTest

/// Section 9 — `levers.async-insert-wait`, written from CATALOG.md only.
final class AcceptanceLeversTests: XCTestCase {
    static let id = "levers.async-insert-wait"
    static let variable = "CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT"

    func testUnsetIsManual() throws {
        assertStatus(try audit(values: "{}\n"), Self.id, "manual")
        assertStatus(try audit(values: "{}\n", cluster: AcceptanceClickHouseTests.inChartCluster()), Self.id, "manual")
    }

    func testSetInCommonEnvWithHealthyClickHouseIsPassAndNamesTheValue() throws {
        let values = AcceptanceClickHouseTests.externalCluster + "\ncommonEnv:\n  - name: \(Self.variable)\n    value: \"0.25\"\n"
        let run = try audit(values: values, cluster: AcceptanceClickHouseTests.altinityCluster(replicasCount: 3))
        assertStatus(run, Self.id, "pass")
        XCTAssertTrue(run.message(Self.id).contains("0.25"), run.message(Self.id))
        XCTAssertTrue(run.evidence(Self.id).contains { $0["file"]?.string == "values.yaml" && $0["line"] != nil })
    }

    func testSetInAServiceExtraEnv() throws {
        let values = AcceptanceClickHouseTests.externalCluster + "\nqueue:\n  deployment:\n    extraEnv:\n      - name: \(Self.variable)\n        value: \"0.5\"\n"
        let run = try audit(values: values, cluster: AcceptanceClickHouseTests.altinityCluster(replicasCount: 3))
        assertStatus(run, Self.id, "pass")
        XCTAssertTrue(run.message(Self.id).contains("0.5"), run.message(Self.id))
    }

    func testSetWhileClickHouseFailsIsAtRisk() throws {
        // In-chart ClickHouse: clickhouse.replicated fails in production.
        let values = "commonEnv:\n  - name: \(Self.variable)\n    value: \"0.5\"\n"
        let run = try audit(values: values)
        assertStatus(run, "clickhouse.replicated", "fail")
        assertStatus(run, Self.id, "at-risk")
        // Replicated but undersized: clickhouse.resources fails.
        let small = K8s.Container(name: "clickhouse", requests: ["cpu": "2", "memory": "4Gi"])
        let external = AcceptanceClickHouseTests.externalCluster + "\n" + values
        let undersized = try audit(values: external, cluster: AcceptanceClickHouseTests.altinityCluster(replicasCount: 3, container: small))
        assertStatus(undersized, "clickhouse.resources", "fail")
        assertStatus(undersized, Self.id, "at-risk")
    }

    func testDevProfileInChartWithAdequateResourcesPasses() throws {
        // dev: replicated is not-applicable and 4 / 16Gi requests pass resources; nothing fails.
        let values = AcceptanceClickHouseTests.chResources(requests: #"{cpu: 4, memory: 16Gi}"#) + "\ncommonEnv:\n  - name: \(Self.variable)\n    value: \"0.5\"\n"
        let run = try audit(values: values, ["--profile", "dev"])
        assertStatus(run, "clickhouse.resources", "pass")
        assertStatus(run, Self.id, "pass")
    }

    func testSetInAContainerEnvInTheDump() throws {
        let backend = K8s.deployment("langsmith-backend", labels: langsmithLabels("backend"),
                                     containers: [K8s.Container(name: "backend", env: [(Self.variable, "0.75")])])
        let run = try audit(values: AcceptanceClickHouseTests.externalCluster,
                            cluster: AcceptanceClickHouseTests.altinityCluster(replicasCount: 3) + [backend])
        assertStatus(run, Self.id, "pass")
        XCTAssertTrue(run.message(Self.id).contains("0.75"), run.message(Self.id))
        let pod = K8s.pod("langsmith-queue-5d8f7-x2x9z", labels: langsmithLabels("queue"),
                          containers: [K8s.Container(name: "queue", env: [(Self.variable, "0.1")])])
        let failing = try audit(values: "{}\n", cluster: AcceptanceClickHouseTests.inChartCluster(extra: [pod]))
        assertStatus(failing, Self.id, "at-risk", "in-chart ClickHouse fails replicated")
    }

    func testInfoLevelNeverGates() throws {
        let values = AcceptanceClickHouseTests.externalCluster + "\ncommonEnv:\n  - name: \(Self.variable)\n    value: \"0.5\"\n"
        let run = try audit(values: values, cluster: AcceptanceClickHouseTests.altinityCluster(replicasCount: 3))
        XCTAssertEqual(run.finding(Self.id)?["level"]?.string, "info")
    }

    func testSetInPlatformBackendExtraEnv() throws {
        let values = "platformBackend:\n  deployment:\n    extraEnv:\n      - name: \(Self.variable)\n        value: \"0.3\"\n"
        let run = try audit(values: values)
        assertStatus(run, Self.id, "at-risk", "set while in-chart ClickHouse fails clickhouse.replicated")
        XCTAssertTrue(run.message(Self.id).contains("0.3"), run.message(Self.id))
    }

    func testTheClusterDecidesWhenItsContainersLackTheVariable() throws {
        let backend = K8s.deployment("langsmith-backend", labels: langsmithLabels("backend"))
        let values = "commonEnv:\n  - name: \(Self.variable)\n    value: \"0.5\"\n"
        let run = try audit(values: values, cluster: AcceptanceClickHouseTests.inChartCluster(extra: [backend]))
        assertStatus(run, Self.id, "manual")
        XCTAssertTrue(run.message(Self.id).contains("values"), "the message notes the disagreement: \(run.message(Self.id))")
    }

    func testSetWhileClickHouseIsOnlyUnverifiedIsPass() throws {
        // Only a failing clickhouse.resources / clickhouse.replicated turns the lever at-risk.
        let values = AcceptanceClickHouseTests.externalCluster + "\ncommonEnv:\n  - name: \(Self.variable)\n    value: \"0.5\"\n"
        let run = try audit(values: values)
        assertStatus(run, "clickhouse.replicated", "unverified")
        assertStatus(run, Self.id, "pass")
    }

    func testValueFromASecretCountsAsSetWithoutPrintingIt() throws {
        let values = AcceptanceClickHouseTests.externalCluster + """

        commonEnv:
          - name: \(Self.variable)
            valueFrom:
              secretKeyRef:
                name: tuning
                key: wait-pct
        """
        let run = try audit(values: values, cluster: AcceptanceClickHouseTests.altinityCluster(replicasCount: 3))
        assertStatus(run, Self.id, "pass")
    }

    func testAnUnrelatedContainerDoesNotCount() throws {
        let other = K8s.deployment("analytics-loader", labels: ["app.kubernetes.io/component": "analytics-loader"],
                                   containers: [K8s.Container(name: "loader", env: [(Self.variable, "0.9")])])
        let run = try audit(values: "{}\n", cluster: AcceptanceClickHouseTests.inChartCluster(extra: [other]))
        assertStatus(run, Self.id, "manual")
    }
}
