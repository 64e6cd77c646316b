import Foundation
import XCTest

/// CATALOG §1 "Finding LangSmith objects" and the chart-version precedence of
/// section 5, exercised through rules of sections 1, 2, 5 and 14.
final class AcceptanceObjectIdentificationTests: XCTestCase {
    private func redisStatefulSet(named name: String, component: String?) -> [String: Any] {
        var object = Kube.statefulSet("redis")
        var metadata = object["metadata"] as! [String: Any]
        var labels: [String: String] = ["helm.sh/chart": "langsmith-0.16.11"]
        if let component { labels["app.kubernetes.io/component"] = component }
        metadata["name"] = name
        metadata["labels"] = labels
        object["metadata"] = metadata
        return object
    }

    func testRedisFoundByComponentLabel() throws {
        let cluster = Kube.list([Kube.node(), Kube.deployment("backend"), redisStatefulSet(named: "cache-0", component: "langsmith-redis")])
        let run = try Acceptance.audit(values: "redis:\n  external:\n    enabled: true\n", cluster: cluster)
        XCTAssertEqual(run.status("redis.external"), "at-risk", run.message("redis.external"))
        XCTAssertTrue(run.message("redis.external").contains("StatefulSet/cache-0"), run.message("redis.external"))
    }

    func testRedisFoundByOverriddenName() throws {
        let cluster = Kube.list([Kube.node(), Kube.deployment("backend"), redisStatefulSet(named: "langsmith-cache", component: nil)])
        let run = try Acceptance.audit(values: "redis:\n  name: cache\n  external:\n    enabled: true\n", cluster: cluster)
        XCTAssertEqual(run.status("redis.external"), "at-risk", run.message("redis.external"))
    }

    func testNoChartPostgresWhileLangSmithRunsMeansExternal() throws {
        let cluster = Kube.list([Kube.node(), Kube.deployment("backend")])
        let run = try Acceptance.audit(values: "{}\n", cluster: cluster)
        XCTAssertEqual(run.status("postgres.external"), "pass", run.message("postgres.external"))
        XCTAssertTrue(run.message("postgres.external").contains("disagrees"), run.message("postgres.external"))
    }

    func testHPATargetsAnOverriddenDeploymentName() throws {
        var items: [[String: Any]] = [Kube.node()]
        for name in ["backend", "platform-backend", "worker", "ingest-queue", "frontend", "playground", "ace-backend"] {
            items.append(Kube.deployment(name))
            items.append(Kube.hpa("langsmith-\(name)", target: "langsmith-\(name)"))
        }
        let run = try Acceptance.audit(values: "queue:\n  name: worker\n", cluster: Kube.list(items))
        XCTAssertEqual(run.status("autoscaling.hpa"), "pass", run.message("autoscaling.hpa"))
    }

    func testChartVersionFlagBeatsTheLabel() throws {
        var backend = Kube.deployment("backend")
        var metadata = backend["metadata"] as! [String: Any]
        metadata["labels"] = ["helm.sh/chart": "langsmith-0.12.37", "app.kubernetes.io/component": "langsmith-backend"]
        backend["metadata"] = metadata
        let cluster = Kube.list([Kube.node(), backend])
        let values = "backend:\n  autoscaling:\n    enabled: true\n"
        let fromLabel = try Acceptance.audit(values: values, cluster: cluster)
        XCTAssertEqual(fromLabel.report["chartVersion"]?.string, "0.12.37")
        XCTAssertEqual(fromLabel.status("values.legacy-keys"), "pass")
        let flagged = try Acceptance.audit(values: values, cluster: cluster, ["--chart-version", "0.13.0"])
        XCTAssertEqual(flagged.report["chartVersion"]?.string, "0.13.0")
        XCTAssertEqual(flagged.status("values.legacy-keys"), "at-risk")
    }

    func testChartVersionLabelBeatsTheValuesShape() throws {
        var backend = Kube.deployment("backend")
        var metadata = backend["metadata"] as! [String: Any]
        metadata["labels"] = ["helm.sh/chart": "langsmith-0.13.0", "app.kubernetes.io/component": "langsmith-backend"]
        backend["metadata"] = metadata
        // Only legacy keys (shape says < 0.13) but the label says 0.13.0: the keys are ignored.
        let run = try Acceptance.audit(values: "backend:\n  autoscaling:\n    enabled: true\n", cluster: Kube.list([Kube.node(), backend]))
        XCTAssertEqual(run.report["chartVersion"]?.string, "0.13.0")
        XCTAssertEqual(run.status("values.legacy-keys"), "at-risk", run.message("values.legacy-keys"))
    }

    func testNoVersionEvidenceAssumesNewestChart() throws {
        let run = try Acceptance.audit(values: "backend:\n  deployment:\n    replicas: 3\n")
        let version = run.report["chartVersion"]?.string ?? ""
        XCTAssertTrue(version.hasPrefix("0.16") || version.hasPrefix("0.17"), version)
    }

    func testUnlimitedNginxBodySizeAdmitsAnyPayload() throws {
        // nginx: client_max_body_size 0 disables the check (catalog silent; nginx semantics).
        let values = "ingress:\n  enabled: true\n  ingressClassName: nginx\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-body-size: \"0\"\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("network.max-body-size"), "pass")
    }
}
