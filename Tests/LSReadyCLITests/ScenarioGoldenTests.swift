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
    static let formats: [(format: String, file: String)] = [("markdown", "expected.md"), ("json", "expected.json")]

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

    private func check(_ actual: String, _ golden: URL, scenario: String) {
        switch GoldenFile.check(actual, against: golden) {
        case .matches:
            break
        case .recorded:
            XCTFail("\(scenario)/\(golden.lastPathComponent): recorded; run again without LSREADY_RECORD to compare")
        case .missing:
            XCTFail("\(scenario)/\(golden.lastPathComponent) is missing: record it with LSREADY_RECORD=1")
        case .differs(let expected):
            XCTFail("\(scenario)/\(golden.lastPathComponent) differs:\n\(firstDifference(expected, actual))")
        }
    }

    private func firstDifference(_ expected: String, _ actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "<end>"
            let b = index < right.count ? String(right[index]) : "<end>"
            if a != b { return "line \(index + 1):\n- \(a)\n+ \(b)" }
        }
        return "(same lines; different line endings)"
    }
}
