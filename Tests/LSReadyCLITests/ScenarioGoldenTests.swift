import XCTest
@testable import LSReadyCLI
import LSReadyCore
import TestSupport

/// Golden reports: every folder of `Fixtures/scenarios/` holds the inputs of
/// one audit, its command-line arguments (`args`, one per line, paths relative
/// to the folder) and the expected report in each format, compared byte for
/// byte. `LSREADY_RECORD=1 swift test --filter ScenarioGoldenTests` rewrites
/// them, and then fails so that a recording run never passes by accident.
final class ScenarioGoldenTests: XCTestCase {
    static let scenarios = ProjectPaths.fixtures.appendingPathComponent("scenarios")
    /// The formats with a golden file, and its name.
    static let formats: [(format: String, file: String)] = [
        ("markdown", "expected.md"), ("json", "expected.json"), ("sarif", "expected.sarif"),
        ("junit", "expected.junit.xml"), ("github", "expected.github.txt"), ("text", "expected.txt"),
    ]

    static func scenarioFolders() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: scenarios, includingPropertiesForKeys: nil)
            .filter { (try? $0.appendingPathComponent("args").checkResourceIsReachable()) == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func testThereAreAtLeastEightScenarios() throws {
        XCTAssertGreaterThanOrEqual(try Self.scenarioFolders().count, 8)
    }

    func testEveryScenarioMatchesItsGoldenReports() throws {
        for folder in try Self.scenarioFolders() {
            let arguments = try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
            let harness = CommandHarness(in: folder, environment: ["LSREADY_TODAY": "2026-11-29"])
            var exitCodes: Set<Int32> = []
            for (format, file) in Self.formats {
                let result = harness.run(["audit"] + arguments + ["--format", format])
                exitCodes.insert(result.exitCode.rawValue)
                XCTAssertTrue([ExitCode.passed, .gateFailed].contains(result.exitCode),
                              "\(folder.lastPathComponent): \(result.standardError)")
                check(result.standardOutput, folder.appendingPathComponent(file), scenario: folder.lastPathComponent)
            }
            XCTAssertEqual(exitCodes.count, 1, "\(folder.lastPathComponent): the exit code depends on the format")
            check("\(exitCodes.first ?? -1)\n", folder.appendingPathComponent("expected.exit"), scenario: folder.lastPathComponent)
        }
    }

    /// Every recorded SARIF golden validates against the SARIF 2.1.0 schema
    /// (skipped, with a message, without ../shared, python3 or jsonschema).
    func testEverySARIFGoldenValidatesAgainstTheSchema() throws {
        let files = try Self.scenarioFolders().map { $0.appendingPathComponent("expected.sarif") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        guard !files.isEmpty else { return print("\(#function): no SARIF golden recorded yet") }
        if case .invalid(let problems) = SARIFValidation.validate(files, test: #function) { XCTFail(problems) }
    }

    /// Every recorded JUnit golden parses, and its counts agree with its elements and the JSON golden.
    func testEveryJUnitGoldenCountsWhatTheReportHolds() throws {
        for folder in try Self.scenarioFolders() {
            let scenario = folder.lastPathComponent
            guard let xml = try? String(contentsOf: folder.appendingPathComponent("expected.junit.xml"), encoding: .utf8) else { continue }
            let summary = try JUnitSummary(parsing: xml)
            XCTAssertEqual(summary.declared, summary.actual, scenario)
            for suite in summary.suites { XCTAssertEqual(suite.declared, suite.actual, "\(scenario): \(suite.name)") }
            guard let json = try? Data(contentsOf: folder.appendingPathComponent("expected.json")) else { continue }
            let report = try JSONReader.parse([UInt8](json), file: "expected.json")
            let count: (String) -> Int = { Int(report.at("summary")?[$0]?.number ?? 0) }
            XCTAssertEqual(summary.declared.tests, report["findings"]?.items?.count, scenario)
            // The goldens are recorded with the default --fail-on fail: only fails are failures.
            XCTAssertEqual(summary.declared.failures, count("fail"), scenario)
            XCTAssertEqual(summary.declared.skipped,
                           ["at-risk", "unverified", "manual", "not-applicable", "waived"].map(count).reduce(0, +), scenario)
        }
    }

    private func check(_ actual: String, _ golden: URL, scenario: String) {
        if let problem = GoldenFile.problem(actual, against: golden, name: "\(scenario)/\(golden.lastPathComponent)") {
            XCTFail(problem)
        }
    }
}
