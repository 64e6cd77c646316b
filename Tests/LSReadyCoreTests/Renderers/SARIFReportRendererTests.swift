import XCTest
import Foundation
@testable import LSReadyCore
import TestSupport

final class SARIFReportRendererTests: XCTestCase {
    func sarif(_ report: Report = SampleReport.report) throws -> [String: Any] {
        let text = SARIFReportRenderer.render(report, paths: ReportPaths(workingDirectory: "/work/repo"))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func run(_ document: [String: Any]) throws -> [String: Any] {
        try XCTUnwrap((document["runs"] as? [[String: Any]])?.first)
    }

    func testOneDescriptorPerRuleWithHelpAndDefaultLevel() throws {
        let run = try run(try sarif())
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.map { $0["id"] as? String }, SampleReport.findings.map(\.rule.id))
        let replicated = try XCTUnwrap(rules.first { $0["id"] as? String == "clickhouse.replicated" })
        XCTAssertEqual(replicated["name"] as? String, "ClickhouseReplicated")
        XCTAssertEqual((replicated["shortDescription"] as? [String: Any])?["text"] as? String, "ClickHouse replicated")
        XCTAssertEqual((replicated["fullDescription"] as? [String: Any])?["text"] as? String, "Summary of clickhouse.replicated.")
        let help = try XCTUnwrap(replicated["help"] as? [String: String])
        XCTAssertTrue(help["text"]?.contains("Fix clickhouse.replicated.") == true)
        XCTAssertTrue(help["markdown"]?.contains("**How to fix.**") == true)
        XCTAssertEqual((replicated["defaultConfiguration"] as? [String: Any])?["level"] as? String, "error")
        let levels = rules.map { ($0["defaultConfiguration"] as? [String: Any])?["level"] as? String }
        XCTAssertEqual(levels, ["warning", "warning", "note", "error", "warning", "error", "error", "error"])
    }

    func testOneResultPerNonPassingFindingWithItsLevel() throws {
        let results = try XCTUnwrap(try run(try sarif())["results"] as? [[String: Any]])
        XCTAssertEqual(results.map { $0["ruleId"] as? String },
                       ["redis.external", "postgres.backups", "clickhouse.replicated", "clickhouse.storage-performance",
                        "blob.enabled", "network.max-body-size"])
        XCTAssertEqual(results.map { $0["level"] as? String }, ["warning", "note", "error", "warning", "warning", "error"])
        XCTAssertEqual(results.map { $0["ruleIndex"] as? Int }, [0, 2, 3, 4, 5, 6])
        let waived = results[0]
        let suppression = try XCTUnwrap((waived["suppressions"] as? [[String: Any]])?.first)
        XCTAssertEqual(suppression["kind"] as? String, "external")
        XCTAssertEqual(suppression["justification"] as? String, "ElastiCache migration planned (owner platform-team, expires 2027-03-31)")
    }

    func testValuesEvidenceHasAPhysicalLocationRelativeToTheWorkingDirectory() throws {
        let results = try XCTUnwrap(try run(try sarif())["results"] as? [[String: Any]])
        let replicated = try XCTUnwrap(results.first { $0["ruleId"] as? String == "clickhouse.replicated" })
        let locations = try XCTUnwrap(replicated["locations"] as? [[String: Any]])
        XCTAssertEqual(locations.count, 2)
        let physical = try XCTUnwrap(locations[0]["physicalLocation"] as? [String: Any])
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String, "values.yaml")
        XCTAssertEqual(physical["region"] as? [String: Int], ["startLine": 7, "startColumn": 3])
        let logical = try XCTUnwrap((locations[1]["logicalLocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(logical["name"] as? String, "StatefulSet/langsmith-clickhouse")
        XCTAssertNil(locations[1]["physicalLocation"])
    }

    func testSetAndChartDefaultEvidenceHaveNoPhysicalLocationAndURIsAreEncoded() throws {
        let results = try XCTUnwrap(try run(try sarif())["results"] as? [[String: Any]])
        let ingress = try XCTUnwrap(results.first { $0["ruleId"] as? String == "network.max-body-size" })
        let locations = try XCTUnwrap(ingress["locations"] as? [[String: Any]])
        XCTAssertEqual(locations.count, 1, "the --set evidence has no location")
        let uri = ((locations[0]["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        XCTAssertEqual(uri, "dir%20with%20space/values%2Cprod.yaml")
        let blob = try XCTUnwrap(results.first { $0["ruleId"] as? String == "blob.enabled" })
        XCTAssertNil(blob["locations"], "a derived note has no location")
    }

    func testAbsolutePathsOutsideTheWorkingDirectoryBecomeFileURIs() {
        let paths = ReportPaths(workingDirectory: "/work/repo")
        XCTAssertEqual(paths.uri("/work/repo/deploy/values.yaml"), "deploy/values.yaml")
        XCTAssertEqual(paths.uri("/etc/langsmith/values.yaml"), "file:///etc/langsmith/values.yaml")
        XCTAssertEqual(paths.relative("./a/b.yaml"), "a/b.yaml")
        XCTAssertEqual(paths.relative("/work/repository/x.yaml"), "/work/repository/x.yaml")
    }

    func testAFileOutsideTheWorkingDirectoryHasNoBaseID() throws {
        var report = SampleReport.report(with: [.fail])
        report.findings[0].evidence = [.setting("a", at: SourceLocation(file: "/etc/values.yaml", line: 2, column: 1), detail: nil)]
        let run = try run(try sarif(report))
        let result = try XCTUnwrap((run["results"] as? [[String: Any]])?.first)
        let artifact = (((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])?["artifactLocation"] as? [String: Any]
        XCTAssertEqual(artifact?["uri"] as? String, "file:///etc/values.yaml")
        XCTAssertNil(artifact?["uriBaseId"])
    }

    func testTheSampleAndEdgeReportsValidateAgainstTheSchema() throws {
        let reports = [SampleReport.report, SampleReport.report(with: []), SampleReport.report(with: Status.allCases)]
        let directory = try TemporaryDirectory()
        let files = try reports.enumerated().map { index, report in
            try directory.write("report-\(index).sarif", SARIFReportRenderer.render(report))
        }
        if case .invalid(let problems) = SARIFValidation.validate(files, test: #function) {
            XCTFail(problems)
        }
    }
}
