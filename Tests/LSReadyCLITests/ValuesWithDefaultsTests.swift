import XCTest
@testable import LSReadyCLI
import LSReadyCore
import TestSupport

/// `lsready values --with-defaults`: the chart's defaults for the detected or given chart version.
final class ValuesWithDefaultsTests: XCTestCase {
    private var directory: TemporaryDirectory!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
    }

    private func run(_ arguments: String...) -> CommandHarness.Result {
        CommandHarness(in: directory.url).run(["values"] + arguments)
    }

    func testUserValuesWinOverChartDefaults() throws {
        try directory.write("values.yaml", "config:\n  blobStorage:\n    enabled: true\n")
        let result = run("values.yaml", "--with-defaults", "--explain")
        XCTAssertEqual(result.exitCode, .passed, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("config.blobStorage.enabled = true  (values.yaml:3:14)"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("frontend.maxBodySize = \"25M\"  (chart default)"), result.standardOutput)
    }

    func testNullDeletesAChartDefault() throws {
        try directory.write("values.yaml", "frontend:\n  maxBodySize: null\n")
        let output = run("values.yaml", "--with-defaults", "--explain").standardOutput
        XCTAssertFalse(output.contains("frontend.maxBodySize"), output)
        XCTAssertTrue(output.contains("frontend.proxyReadTimeout"), output)
    }

    func testChartVersionSelectsTheAutoscalingShape() throws {
        try directory.write("values.yaml", "{}\n")
        let old = run("values.yaml", "--with-defaults", "--explain", "--chart-version", "0.12.0").standardOutput
        XCTAssertTrue(old.contains("backend.autoscaling.enabled = false  (chart default)"), old)
        XCTAssertFalse(old.contains("backend.autoscaling.hpa.enabled"))
        let new = run("values.yaml", "--with-defaults", "--explain", "--chart-version", "0.16.11").standardOutput
        XCTAssertTrue(new.contains("backend.autoscaling.hpa.enabled = false  (chart default)"), new)
    }

    func testLegacyShapePicksTheOldChart() throws {
        try directory.write("values.yaml", "queue:\n  autoscaling:\n    enabled: true\n")
        let output = run("values.yaml", "--with-defaults", "--explain").standardOutput
        XCTAssertTrue(output.contains("queue.autoscaling.createHpa = true  (chart default)"), output)
    }

    func testSecretsStayRedacted() throws {
        try directory.write("values.yaml", "config:\n  langsmithLicenseKey: lic-secret-123\n")
        let output = run("values.yaml", "--with-defaults").standardOutput
        XCTAssertFalse(output.contains("lic-secret-123"))
        XCTAssertTrue(output.contains("\"langsmithLicenseKey\": \"<redacted>\""))
    }
}
