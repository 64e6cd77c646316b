import XCTest
@testable import LSReadyCore

/// Which services the autoscaling rules judge depends on the chart version:
/// ingestQueue is absent before 0.12, disabled by default in 0.12 and enabled in 0.16.
final class AutoscalingRulesTests: XCTestCase {
    private func model(values: String, chartVersion: String) throws -> DeploymentModel {
        let node = try YAMLLoader.loadValuesFile(Array(values.utf8), file: "values.yaml")
        return DeploymentModelBuilder.build(userValues: node, cluster: nil, options: AuditOptions(chartVersion: chartVersion))
    }

    private func scope(_ model: DeploymentModel) -> [String] {
        model.autoscalingScope.map { "\($0.service.valueKey)\($0.required ? "!" : "")" }
    }

    func testIngestQueueJoinsTheRecommendedSetOnlyWhereTheChartEnablesIt() throws {
        let values = "config:\n  authType: mixed\n"
        let withoutIngest = ["backend!", "platformBackend!", "queue!", "frontend", "playground", "aceBackend"]
        XCTAssertEqual(scope(try model(values: values, chartVersion: "0.10.53")), withoutIngest)
        XCTAssertEqual(scope(try model(values: values, chartVersion: "0.12.37")), withoutIngest)
        XCTAssertEqual(scope(try model(values: values, chartVersion: "0.16.11")),
                       ["backend!", "platformBackend!", "queue!", "ingestQueue", "frontend", "playground", "aceBackend"])
        XCTAssertEqual(scope(try model(values: "ingestQueue:\n  enabled: true\n", chartVersion: "0.12.37")),
                       ["backend!", "platformBackend!", "queue!", "ingestQueue", "frontend", "playground", "aceBackend"])
    }

    func testEachChartGenerationReadsOnlyItsOwnSwitch() throws {
        let legacy = "queue:\n  autoscaling:\n    enabled: true\n"
        let split = "queue:\n  autoscaling:\n    hpa:\n      enabled: true\n"
        func queueState(_ values: String, _ version: String) throws -> ServiceAutoscalingState.Outcome {
            let model = try model(values: values, chartVersion: version)
            return model.autoscalingState(of: try XCTUnwrap(model.service("queue"))).outcome
        }
        XCTAssertEqual(try queueState(legacy, "0.12.37"), .autoscaled)
        XCTAssertEqual(try queueState(legacy, "0.13.0"), .notAutoscaled)
        XCTAssertEqual(try queueState(split, "0.13.0"), .autoscaled)
        XCTAssertEqual(try queueState(split, "0.12.37"), .notAutoscaled)
    }
}
