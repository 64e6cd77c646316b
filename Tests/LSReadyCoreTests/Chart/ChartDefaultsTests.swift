import XCTest
@testable import LSReadyCore

/// Spot checks of the embedded defaults against CATALOG §4 and the chart.
final class ChartDefaultsTests: XCTestCase {
    private func defaults(_ version: String) throws -> Node {
        ChartKnowledge.snapshot(for: try XCTUnwrap(ChartVersion(version))).defaults
    }

    private var everySnapshot: [ChartSnapshot] { ChartKnowledge.snapshots }

    func testEveryValueIsAChartDefault() throws {
        func check(_ node: Node, _ path: String) {
            XCTAssertEqual(node.location, .chartDefault, path)
            for entry in node.entries ?? [] {
                XCTAssertEqual(entry.keyLocation, .chartDefault, path + "." + entry.key)
                check(entry.value, path + "." + entry.key)
            }
            for (index, item) in (node.items ?? []).enumerated() { check(item, "\(path)[\(index)]") }
        }
        for snapshot in everySnapshot { check(snapshot.defaults, snapshot.dataVersion.description) }
    }

    func testDatastoresAndBlobStorage() throws {
        for snapshot in everySnapshot {
            let values = snapshot.defaults
            let version = snapshot.dataVersion.description
            XCTAssertEqual(values.at("config.blobStorage.enabled")?.bool, false, version)
            XCTAssertEqual(values.at("redis.external.enabled")?.bool, false, version)
            XCTAssertEqual(values.at("postgres.external.enabled")?.bool, false, version)
            XCTAssertEqual(values.at("clickhouse.external.enabled")?.bool, false, version)
            XCTAssertEqual(values.at("clickhouse.statefulSet.persistence.enabled")?.bool, true, version)
            XCTAssertEqual(values.at("clickhouse.statefulSet.persistence.size")?.string, "50Gi", version)
        }
    }

    func testClickHouseResourcesOnChart016() throws {
        let resources = try XCTUnwrap(try defaults("0.16.11").at("clickhouse.statefulSet.resources"))
        XCTAssertEqual(resources.at("requests.cpu")?.string, "3500m")
        XCTAssertEqual(resources.at("requests.memory")?.string, "12Gi")
        XCTAssertEqual(resources.at("limits.cpu")?.string, "8000m")
        XCTAssertEqual(resources.at("limits.memory")?.string, "32Gi")
    }

    func testEveryHPAAndKEDAIsDisabled() throws {
        for snapshot in everySnapshot {
            for service in LangSmithServices.services {
                guard let autoscaling = snapshot.defaults.at([service.valueKey, "autoscaling"]) else { continue }
                let label = "\(snapshot.dataVersion) \(service.valueKey)"
                if snapshot.usesSplitAutoscaling {
                    XCTAssertEqual(autoscaling.at("hpa.enabled")?.bool, false, label)
                    XCTAssertEqual(autoscaling.at("keda.enabled")?.bool, false, label)
                } else {
                    XCTAssertEqual(autoscaling["enabled"]?.bool, false, label)
                    XCTAssertEqual(autoscaling["createHpa"]?.bool, true, label)
                }
            }
        }
    }

    func testFrontendAndConfigStringsStayStrings() throws {
        for snapshot in everySnapshot {
            let values = snapshot.defaults
            let version = snapshot.dataVersion.description
            // Quoted in values.yaml, so strings for Helm, not numbers.
            XCTAssertEqual(values.at("frontend.maxBodySize")?.string, "25M", version)
            XCTAssertEqual(values.at("frontend.proxyReadTimeout")?.string, "300", version)
            XCTAssertEqual(values.at("frontend.service.type")?.string, "LoadBalancer", version)
            XCTAssertEqual(values.at("config.settings.redisRunsExpirySeconds")?.string, "21600", version)
            XCTAssertEqual(values.at("config.ttl.enabled")?.bool, true, version)
            XCTAssertEqual(values.at("config.ttl.ttl_period_seconds.longlived")?.string, "34560000", version)  // 400 days
            XCTAssertEqual(values.at("config.ttl.ttl_period_seconds.shortlived")?.string, "1209600", version)  // 14 days
        }
    }

    func testCorsAllowsEveryOriginWhereTheChartHasIt() throws {
        XCTAssertNil(try defaults("0.13.0").at("config.security"))
        for version in ["0.13.43", "0.16.11"] {
            XCTAssertEqual(try defaults(version).at("config.security.cors.allowedOrigins")?.string, "*", version)
        }
    }

    func testNumbersAreNumbers() throws {
        let values = try defaults("0.16.11")
        XCTAssertEqual(values.at("backend.containerPort")?.number, 1984)
        XCTAssertEqual(values.at("backend.autoscaling.hpa.maxReplicas")?.number, 6)
    }
}
