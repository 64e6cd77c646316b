import Foundation
import XCTest

/// Section 7 (Networking & proxies), from CATALOG.md.
final class AcceptanceNetworkingTests: XCTestCase {
    private func ingress(_ className: String, annotations: [String: String] = [:]) -> String {
        var text = "ingress:\n  enabled: true\n  ingressClassName: \(className)\n"
        if !annotations.isEmpty {
            text += "  annotations:\n" + annotations.sorted { $0.key < $1.key }.map { "    \($0.key): \"\($0.value)\"\n" }.joined()
        }
        return text
    }

    // MARK: network.max-body-size

    func testDefaultsWithoutIngressPass() throws {
        XCTAssertEqual(try Acceptance.audit().status("network.max-body-size"), "pass")
    }

    func testFrontendBodySizeBoundaries() throws {
        let cases: [(String, [String], String)] = [
            ("25M", [], "pass"), ("25m", [], "pass"), ("24M", [], "at-risk"), ("25600k", [], "pass"), ("25599k", [], "at-risk"),
            ("26214400", [], "pass"), ("26214399", [], "at-risk"),
            ("25M", ["--max-payload", "26M"], "at-risk"), ("100m", ["--max-payload", "100M"], "pass"),
            ("100m", ["--max-payload", "101m"], "at-risk"), ("1g", ["--max-payload", "1024m"], "pass"),
            ("1G", ["--max-payload", "1025M"], "at-risk"), ("50M", ["--max-payload", "50m"], "pass"),
        ]
        for (size, arguments, expected) in cases {
            let run = try Acceptance.audit(values: "frontend:\n  maxBodySize: \"\(size)\"\n", arguments)
            XCTAssertEqual(run.status("network.max-body-size"), expected, "\(size) \(arguments): \(run.message("network.max-body-size"))")
        }
    }

    func testNginxControllerDefaultOneMegabyteIsAtRisk() throws {
        let run = try Acceptance.audit(values: ingress("nginx"))
        XCTAssertEqual(run.status("network.max-body-size"), "at-risk", run.message("network.max-body-size"))
    }

    func testNginxAnnotationBoundaries() throws {
        let key = "nginx.ingress.kubernetes.io/proxy-body-size"
        let cases: [(String, String)] = [("25m", "pass"), ("25M", "pass"), ("24m", "at-risk"), ("25600k", "pass"), ("100m", "pass"), ("1m", "at-risk")]
        for (size, expected) in cases {
            let run = try Acceptance.audit(values: ingress("nginx", annotations: [key: size]))
            XCTAssertEqual(run.status("network.max-body-size"), expected, "\(size): \(run.message("network.max-body-size"))")
        }
    }

    func testNginxThroughLegacyClassAnnotation() throws {
        let values = "ingress:\n  enabled: true\n  annotations:\n    kubernetes.io/ingress.class: nginx\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("network.max-body-size"), "at-risk")
    }

    func testALBHasNoBodyLimit() throws {
        XCTAssertEqual(try Acceptance.audit(values: ingress("alb")).status("network.max-body-size"), "pass")
    }

    func testClusterIngressDecides() throws {
        let cluster = Kube.list([Kube.node(), Kube.deployment("frontend"),
                                 Kube.ingress(className: "nginx", annotations: ["nginx.ingress.kubernetes.io/proxy-body-size": "10m"])])
        let values = ingress("nginx", annotations: ["nginx.ingress.kubernetes.io/proxy-body-size": "100m"])
        let run = try Acceptance.audit(values: values, cluster: cluster)
        XCTAssertEqual(run.status("network.max-body-size"), "at-risk", run.message("network.max-body-size"))
        XCTAssertTrue(run.evidenceText("network.max-body-size").contains("Ingress/langsmith-ingress"), run.evidenceText("network.max-body-size"))
    }

    // MARK: network.proxy-timeouts

    func testNoIngressIsUnverified() throws {
        XCTAssertEqual(try Acceptance.audit().status("network.proxy-timeouts"), "unverified")
    }

    func testALBDefaultSixtySecondsIsAtRisk() throws {
        XCTAssertEqual(try Acceptance.audit(values: ingress("alb")).status("network.proxy-timeouts"), "at-risk")
    }

    func testALBIdleTimeoutBoundaries() throws {
        let key = "alb.ingress.kubernetes.io/load-balancer-attributes"
        let cases: [(String, String, String)] = [
            ("idle_timeout.timeout_seconds=300", "", "pass"),
            ("idle_timeout.timeout_seconds=299", "", "at-risk"),
            ("idle_timeout.timeout_seconds=301", "", "pass"),
            ("routing.http2.enabled=true,idle_timeout.timeout_seconds=600", "", "pass"),
            ("idle_timeout.timeout_seconds=120", "frontend:\n  proxyReadTimeout: \"120\"\n", "pass"),
            ("idle_timeout.timeout_seconds=120", "frontend:\n  proxyReadTimeout: 121\n", "at-risk"),
        ]
        for (attributes, extra, expected) in cases {
            let run = try Acceptance.audit(values: ingress("alb", annotations: [key: attributes]) + extra)
            XCTAssertEqual(run.status("network.proxy-timeouts"), expected, "\(attributes) \(extra): \(run.message("network.proxy-timeouts"))")
        }
    }

    func testNginxReadTimeoutBoundaries() throws {
        let key = "nginx.ingress.kubernetes.io/proxy-read-timeout"
        XCTAssertEqual(try Acceptance.audit(values: ingress("nginx")).status("network.proxy-timeouts"), "at-risk")
        XCTAssertEqual(try Acceptance.audit(values: ingress("nginx", annotations: [key: "300"])).status("network.proxy-timeouts"), "pass")
        XCTAssertEqual(try Acceptance.audit(values: ingress("nginx", annotations: [key: "299"])).status("network.proxy-timeouts"), "at-risk")
    }

    func testClusterIngressTimeoutDecides() throws {
        let cluster = Kube.list([Kube.node(), Kube.deployment("frontend"),
                                 Kube.ingress(className: "alb", annotations: ["alb.ingress.kubernetes.io/load-balancer-attributes": "idle_timeout.timeout_seconds=60"])])
        let values = ingress("alb", annotations: ["alb.ingress.kubernetes.io/load-balancer-attributes": "idle_timeout.timeout_seconds=900"])
        let run = try Acceptance.audit(values: values, cluster: cluster)
        XCTAssertEqual(run.status("network.proxy-timeouts"), "at-risk", run.message("network.proxy-timeouts"))
    }

    // MARK: network.ingress-controller

    func testIngressController() throws {
        XCTAssertEqual(try Acceptance.audit().status("network.ingress-controller"), "at-risk")
        XCTAssertEqual(try Acceptance.audit(values: ingress("alb")).status("network.ingress-controller"), "pass")
        XCTAssertEqual(try Acceptance.audit(values: ingress("nginx")).status("network.ingress-controller"), "at-risk")
        let annotated = "ingress:\n  enabled: true\n  annotations:\n    kubernetes.io/ingress.class: alb\n"
        XCTAssertEqual(try Acceptance.audit(values: annotated).status("network.ingress-controller"), "pass")
        let gateway = "gateway:\n  enabled: true\n  name: eg\n"
        XCTAssertEqual(try Acceptance.audit(values: gateway).status("network.ingress-controller"), "at-risk")
    }

    func testIngressControllerFromCluster() throws {
        let cluster = Kube.list([Kube.node(), Kube.deployment("frontend"), Kube.ingress(className: "alb")])
        XCTAssertEqual(try Acceptance.audit(cluster: cluster).status("network.ingress-controller"), "pass")
        let nginx = Kube.list([Kube.node(), Kube.deployment("frontend"), Kube.ingress(className: "nginx")])
        let run = try Acceptance.audit(values: ingress("alb"), cluster: nginx)
        XCTAssertEqual(run.status("network.ingress-controller"), "at-risk", run.message("network.ingress-controller"))
    }

    func testNetworkManualRules() throws {
        let run = try Acceptance.audit()
        XCTAssertEqual(run.status("network.blob-endpoint-access"), "manual")
        XCTAssertEqual(run.status("network.service-latency"), "manual")
    }
}
