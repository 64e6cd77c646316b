import Foundation
import XCTest

/// Section 5 (Autoscaling), from CATALOG.md.
final class AcceptanceAutoscalingTests: XCTestCase {
    private static let required = ["backend", "platformBackend", "queue"]
    private static let recommended = ["frontend", "playground", "aceBackend", "ingestQueue"]

    /// chart ≥ 0.13 keys.
    private func hpa(_ services: [String], extra: String = "") -> String {
        services.map { "\($0):\n  autoscaling:\n    hpa:\n      enabled: true\n\(extra)" }.joined()
    }

    /// chart < 0.13 keys.
    private func legacy(_ services: [String], extra: String = "") -> String {
        services.map { "\($0):\n  autoscaling:\n    enabled: true\n\(extra)" }.joined()
    }

    private static let deploymentName = ["backend": "langsmith-backend", "platformBackend": "langsmith-platform-backend",
                                         "queue": "langsmith-queue", "frontend": "langsmith-frontend",
                                         "playground": "langsmith-playground", "aceBackend": "langsmith-ace-backend",
                                         "ingestQueue": "langsmith-ingest-queue"]

    // MARK: autoscaling.hpa

    func testChartDefaultsHaveNoHPAAndFail() throws {
        let run = try Acceptance.audit()
        XCTAssertEqual(run.status("autoscaling.hpa"), "fail")
    }

    func testRequiredSetOnlyIsAtRisk() throws {
        let run = try Acceptance.audit(values: hpa(Self.required))
        XCTAssertEqual(run.status("autoscaling.hpa"), "at-risk", run.message("autoscaling.hpa"))
        XCTAssertTrue(run.message("autoscaling.hpa").contains("frontend"), run.message("autoscaling.hpa"))
    }

    func testBothSetsPass() throws {
        let run = try Acceptance.audit(values: hpa(Self.required + Self.recommended))
        XCTAssertEqual(run.status("autoscaling.hpa"), "pass", run.message("autoscaling.hpa"))
    }

    func testIngestQueueDisabledIsNotNeeded() throws {
        let run = try Acceptance.audit(values: hpa(Self.required + ["frontend", "playground", "aceBackend"]) + "ingestQueue:\n  enabled: false\n")
        XCTAssertEqual(run.status("autoscaling.hpa"), "pass", run.message("autoscaling.hpa"))
    }

    func testOneRequiredServiceMissingFails() throws {
        let run = try Acceptance.audit(values: hpa(["backend", "platformBackend"] + Self.recommended))
        XCTAssertEqual(run.status("autoscaling.hpa"), "fail")
        XCTAssertTrue(run.message("autoscaling.hpa").contains("queue"), run.message("autoscaling.hpa"))
    }

    func testKEDACountsAsAutoscaled() throws {
        let keda = (Self.required + Self.recommended).map { "\($0):\n  autoscaling:\n    keda:\n      enabled: true\n" }.joined()
        XCTAssertEqual(try Acceptance.audit(values: keda).status("autoscaling.hpa"), "pass")
    }

    func testLegacyKeysAreIgnoredFromChart0_13() throws {
        let values = legacy(Self.required + Self.recommended)
        XCTAssertEqual(try Acceptance.audit(values: values, ["--chart-version", "0.13.0"]).status("autoscaling.hpa"), "fail")
        XCTAssertEqual(try Acceptance.audit(values: values, ["--chart-version", "0.16.11"]).status("autoscaling.hpa"), "fail")
        XCTAssertEqual(try Acceptance.audit(values: values, ["--chart-version", "0.12.37"]).status("autoscaling.hpa"), "pass")
        XCTAssertEqual(try Acceptance.audit(values: values, ["--chart-version", "0.12.9"]).status("autoscaling.hpa"), "pass")
    }

    func testNewKeysAreIgnoredBeforeChart0_13() throws {
        let values = hpa(Self.required + Self.recommended)
        XCTAssertEqual(try Acceptance.audit(values: values, ["--chart-version", "0.12.37"]).status("autoscaling.hpa"), "fail")
    }

    func testChartVersionDetectedFromValuesShape() throws {
        // Only autoscaling.enabled → chart < 0.13 → the legacy keys count.
        let run = try Acceptance.audit(values: legacy(Self.required + Self.recommended))
        XCTAssertEqual(run.status("autoscaling.hpa"), "pass", run.message("autoscaling.hpa"))
        XCTAssertEqual(run.report["chartVersion"]?.string.map { $0.hasPrefix("0.12") || $0 < "0.13" }, true, run.report["chartVersion"]?.string ?? "")
    }

    func testChartVersionDetectedFromClusterLabel() throws {
        var items: [[String: Any]] = [Kube.node()]
        let old = ["helm.sh/chart": "langsmith-0.12.37"]
        for (service, name) in Self.deploymentName {
            items.append(Kube.deployment(String(name.dropFirst("langsmith-".count)), labels: old))
            items.append(Kube.hpa(name, target: name))
            _ = service
        }
        let run = try Acceptance.audit(values: legacy(Self.required + Self.recommended), cluster: Kube.list(items))
        XCTAssertEqual(run.report["chartVersion"]?.string, "0.12.37")
        XCTAssertEqual(run.status("autoscaling.hpa"), "pass", run.message("autoscaling.hpa"))
    }

    func testClusterDecides_missingQueueHPA() throws {
        var items: [[String: Any]] = [Kube.node()] + Kube.langsmithDeployments()
        for (service, name) in Self.deploymentName where service != "queue" {
            items.append(Kube.hpa(name, target: name))
        }
        let run = try Acceptance.audit(values: hpa(Self.required + Self.recommended), cluster: Kube.list(items))
        XCTAssertEqual(run.status("autoscaling.hpa"), "fail", run.message("autoscaling.hpa"))
        XCTAssertTrue(run.message("autoscaling.hpa").contains("queue"), run.message("autoscaling.hpa"))
    }

    func testClusterDecides_HPAsPresentAlthoughValuesDisableThem() throws {
        var items: [[String: Any]] = [Kube.node()] + Kube.langsmithDeployments()
        for name in Self.deploymentName.values {
            items.append(Kube.hpa("\(name)-hpa", target: name))
        }
        let run = try Acceptance.audit(cluster: Kube.list(items))
        XCTAssertEqual(run.status("autoscaling.hpa"), "pass", run.message("autoscaling.hpa"))
    }

    func testClusterScaledObjectCounts() throws {
        var items: [[String: Any]] = [Kube.node()] + Kube.langsmithDeployments()
        for name in Self.deploymentName.values {
            items.append(Kube.scaledObject("\(name)-so", target: name))
            items.append(Kube.hpa("keda-hpa-\(name)-so", target: name, ownerScaledObject: "\(name)-so"))
        }
        let run = try Acceptance.audit(cluster: Kube.list(items))
        XCTAssertEqual(run.status("autoscaling.hpa"), "pass", run.message("autoscaling.hpa"))
        XCTAssertEqual(run.status("autoscaling.keda-exclusive"), "pass", run.message("autoscaling.keda-exclusive"))
    }

    func testHPANotApplicableUnderDev() throws {
        XCTAssertEqual(try Acceptance.audit(["--profile", "dev"]).status("autoscaling.hpa"), "not-applicable")
    }

    // MARK: autoscaling.resource-requests

    func testResourceRequestsNotApplicableWithoutAutoscaling() throws {
        XCTAssertEqual(try Acceptance.audit().status("autoscaling.resource-requests"), "not-applicable")
    }

    func testChartDefaultRequestsPass() throws {
        let run = try Acceptance.audit(values: hpa(Self.required))
        XCTAssertEqual(run.status("autoscaling.resource-requests"), "pass", run.message("autoscaling.resource-requests"))
    }

    func testRemovedCPURequestFails() throws {
        let values = hpa(["platformBackend", "queue"])
            + "backend:\n  autoscaling:\n    hpa:\n      enabled: true\n  deployment:\n    resources:\n      requests:\n        cpu: null\n"
        let run = try Acceptance.audit(values: values)
        XCTAssertEqual(run.status("autoscaling.resource-requests"), "fail", run.message("autoscaling.resource-requests"))
        XCTAssertTrue(run.message("autoscaling.resource-requests").contains("backend"), run.message("autoscaling.resource-requests"))
    }

    func testNoMemoryTargetNeedsNoMemoryRequest() throws {
        let values = "queue:\n  autoscaling:\n    hpa:\n      enabled: true\n      targetMemoryUtilizationPercentage: null\n  deployment:\n    resources:\n      requests:\n        memory: null\n"
        let run = try Acceptance.audit(values: values)
        XCTAssertEqual(run.status("autoscaling.resource-requests"), "pass", run.message("autoscaling.resource-requests"))
    }

    func testMemoryTargetWithoutMemoryRequestFails() throws {
        // The chart default HPA has a memory target (80); no memory request → fail.
        let values = "queue:\n  autoscaling:\n    hpa:\n      enabled: true\n  deployment:\n    resources:\n      requests:\n        memory: null\n"
        let run = try Acceptance.audit(values: values)
        XCTAssertEqual(run.status("autoscaling.resource-requests"), "fail", run.message("autoscaling.resource-requests"))
    }

    func testClusterDeploymentWithoutCPURequestFails() throws {
        var items: [[String: Any]] = [Kube.node()]
        items.append(Kube.deployment("backend", containers: [Kube.container("backend", requests: ["memory": "2Gi"])]))
        items.append(Kube.hpa("langsmith-backend", target: "langsmith-backend"))
        let run = try Acceptance.audit(cluster: Kube.list(items))
        XCTAssertEqual(run.status("autoscaling.resource-requests"), "fail", run.message("autoscaling.resource-requests"))
    }

    func testClusterDeploymentWithRequestsPasses() throws {
        var items: [[String: Any]] = [Kube.node()]
        items.append(Kube.deployment("backend"))
        items.append(Kube.hpa("langsmith-backend", target: "langsmith-backend", memoryTarget: true))
        let run = try Acceptance.audit(cluster: Kube.list(items))
        XCTAssertEqual(run.status("autoscaling.resource-requests"), "pass", run.message("autoscaling.resource-requests"))
    }

    // MARK: autoscaling.hpa-metrics (K)

    func testHPAMetricsUnverifiedWithoutDump() throws {
        let run = try Acceptance.audit(values: hpa(Self.required))
        XCTAssertEqual(run.status("autoscaling.hpa-metrics"), "unverified")
        XCTAssertTrue(run.message("autoscaling.hpa-metrics").lowercased().contains("cluster"), run.message("autoscaling.hpa-metrics"))
    }

    func testHPAMetricsNotApplicableWithoutHPAs() throws {
        let run = try Acceptance.audit(cluster: Kube.list([Kube.node()] + Kube.langsmithDeployments()))
        XCTAssertEqual(run.status("autoscaling.hpa-metrics"), "not-applicable")
    }

    func testHPAMetricsActivePasses() throws {
        let items = [Kube.node(), Kube.deployment("backend"), Kube.hpa("langsmith-backend", target: "langsmith-backend")]
        XCTAssertEqual(try Acceptance.audit(cluster: Kube.list(items)).status("autoscaling.hpa-metrics"), "pass")
    }

    func testHPAMetricsScalingActiveFalseFails() throws {
        let items = [Kube.node(), Kube.deployment("backend"), Kube.deployment("queue"),
                     Kube.hpa("langsmith-backend", target: "langsmith-backend"),
                     Kube.hpa("langsmith-queue", target: "langsmith-queue", scalingActive: false, reason: "FailedGetResourceMetric", currentMetrics: false)]
        let run = try Acceptance.audit(cluster: Kube.list(items))
        XCTAssertEqual(run.status("autoscaling.hpa-metrics"), "fail")
        XCTAssertTrue(run.evidenceText("autoscaling.hpa-metrics").contains("langsmith-queue"), run.evidenceText("autoscaling.hpa-metrics"))
    }

    func testHPAMetricsWithoutCurrentMetricsFails() throws {
        let items = [Kube.node(), Kube.deployment("backend"), Kube.hpa("langsmith-backend", target: "langsmith-backend", currentMetrics: false)]
        XCTAssertEqual(try Acceptance.audit(cluster: Kube.list(items)).status("autoscaling.hpa-metrics"), "fail")
    }

    // MARK: autoscaling.keda-exclusive

    func testHPAAndKEDAOnOneServiceFails() throws {
        let values = "backend:\n  autoscaling:\n    hpa:\n      enabled: true\n    keda:\n      enabled: true\n"
        let run = try Acceptance.audit(values: values)
        XCTAssertEqual(run.status("autoscaling.keda-exclusive"), "fail")
        XCTAssertTrue(run.message("autoscaling.keda-exclusive").contains("backend"), run.message("autoscaling.keda-exclusive"))
    }

    func testHPAOnOneKEDAOnAnotherPasses() throws {
        let values = "backend:\n  autoscaling:\n    hpa:\n      enabled: true\nqueue:\n  autoscaling:\n    keda:\n      enabled: true\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("autoscaling.keda-exclusive"), "pass")
    }

    func testTwoPlainHPAsOnOneDeploymentFail() throws {
        let items = [Kube.node(), Kube.deployment("backend"),
                     Kube.hpa("langsmith-backend", target: "langsmith-backend"),
                     Kube.hpa("backend-custom", target: "langsmith-backend")]
        XCTAssertEqual(try Acceptance.audit(cluster: Kube.list(items)).status("autoscaling.keda-exclusive"), "fail")
    }

    func testChartHPAPlusKEDAHPAFail() throws {
        let items = [Kube.node(), Kube.deployment("backend"), Kube.scaledObject("langsmith-backend", target: "langsmith-backend"),
                     Kube.hpa("langsmith-backend", target: "langsmith-backend"),
                     Kube.hpa("keda-hpa-langsmith-backend", target: "langsmith-backend", ownerScaledObject: "langsmith-backend")]
        XCTAssertEqual(try Acceptance.audit(cluster: Kube.list(items)).status("autoscaling.keda-exclusive"), "fail")
    }

    func testTwoHPAsOwnedByOneScaledObjectPass() throws {
        let items = [Kube.node(), Kube.deployment("backend"), Kube.scaledObject("langsmith-backend", target: "langsmith-backend"),
                     Kube.hpa("keda-hpa-a", target: "langsmith-backend", ownerScaledObject: "langsmith-backend"),
                     Kube.hpa("keda-hpa-b", target: "langsmith-backend", ownerScaledObject: "langsmith-backend")]
        XCTAssertEqual(try Acceptance.audit(cluster: Kube.list(items)).status("autoscaling.keda-exclusive"), "pass")
    }

    // MARK: autoscaling.keda-operations / load-tested

    func testKEDAOperationsNotApplicableWithoutKEDA() throws {
        XCTAssertEqual(try Acceptance.audit(values: hpa(Self.required)).status("autoscaling.keda-operations"), "not-applicable")
        XCTAssertEqual(try Acceptance.audit().status("autoscaling.load-tested"), "manual")
    }

    func testKEDAOperationsManualWhenKEDAUsed() throws {
        let values = "queue:\n  autoscaling:\n    keda:\n      enabled: true\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("autoscaling.keda-operations"), "manual")
        let items = [Kube.node(), Kube.deployment("queue"), Kube.scaledObject("langsmith-queue", target: "langsmith-queue")]
        XCTAssertEqual(try Acceptance.audit(cluster: Kube.list(items)).status("autoscaling.keda-operations"), "manual")
    }

    func testOnlyLangSmithHPAsAreJudgedForMetrics() throws {
        var grafana = Kube.deployment("grafana")
        grafana["metadata"] = ["name": "grafana", "namespace": "monitoring", "labels": ["app.kubernetes.io/name": "grafana"]]
        let items = [Kube.node(), Kube.deployment("backend"), Kube.hpa("langsmith-backend", target: "langsmith-backend"),
                     grafana, Kube.hpa("grafana", target: "grafana", scalingActive: false, reason: "FailedGetResourceMetric", currentMetrics: false)]
        let run = try Acceptance.audit(cluster: Kube.list(items))
        XCTAssertEqual(run.status("autoscaling.hpa-metrics"), "pass", run.message("autoscaling.hpa-metrics"))
    }

    func testSidecarWithoutCPURequestFails() throws {
        let containers = [Kube.container("backend"), Kube.container("log-shipper", requests: nil)]
        let items = [Kube.node(), Kube.deployment("backend", containers: containers), Kube.hpa("langsmith-backend", target: "langsmith-backend")]
        let run = try Acceptance.audit(cluster: Kube.list(items))
        XCTAssertEqual(run.status("autoscaling.resource-requests"), "fail", run.message("autoscaling.resource-requests"))
        XCTAssertTrue(run.message("autoscaling.resource-requests").contains("log-shipper"), run.message("autoscaling.resource-requests"))
    }

    func testKEDAKeysIgnoredBeforeChart0_13() throws {
        let values = "backend:\n  autoscaling:\n    hpa:\n      enabled: true\n    keda:\n      enabled: true\n"
        let run = try Acceptance.audit(values: values, ["--chart-version", "0.12.37"])
        XCTAssertEqual(run.status("autoscaling.keda-exclusive"), "pass", run.message("autoscaling.keda-exclusive"))
        XCTAssertEqual(run.status("autoscaling.keda-operations"), "not-applicable")
    }
}
