import XCTest
import LSReadyCLI
import TestSupport

/// `lsready values` on the inputs in Fixtures/values/, against committed outputs.
final class ValuesGoldenTests: XCTestCase {
    private let scenario = ProjectPaths.fixtures.appendingPathComponent("values/json-merge")
    private let arguments = ["values", "base.json", "-f", "override.json", "helm-get-values.txt",
                             "--set", "backend.deployment.replicas=4,config.tags[4]=0x10", "--set", "config.hostname=null"]

    private func assertGolden(_ extra: [String], _ golden: String, file: StaticString = #filePath, line: UInt = #line) {
        let result = CommandHarness(in: scenario).run(arguments + extra)
        XCTAssertEqual(result.exitCode, .passed, result.standardError, file: file, line: line)
        XCTAssertEqual(result.standardError, "", file: file, line: line)
        switch GoldenFile.check(result.standardOutput, against: scenario.appendingPathComponent(golden)) {
        case .matches: break
        case .differs(let expected): XCTAssertEqual(result.standardOutput, expected, golden, file: file, line: line)
        case .recorded: XCTFail("recorded \(golden); run again without LSREADY_RECORD", file: file, line: line)
        case .missing: XCTFail("missing golden file \(golden) (record with LSREADY_RECORD=1)", file: file, line: line)
        }
    }

    func testJSON() { assertGolden([], "expected.json") }

    func testYAML() { assertGolden(["--format", "yaml"], "expected.yaml") }

    func testExplain() { assertGolden(["--explain"], "expected-explain.txt") }

    func testShowSecrets() { assertGolden(["--show-secrets", "--format=json"], "expected-show-secrets.json") }

    /// YAML features Helm reads (anchors, `<<`, go-yaml v2 scalars); needs the real YAML reader.
    func testYAMLFeatures() throws {
        try XCTSkipUnless(YAMLReaderAvailability.isReal, YAMLReaderAvailability.skipMessage)
        let folder = ProjectPaths.fixtures.appendingPathComponent("values/yaml-merge")
        let result = CommandHarness(in: folder).run("values", "values.yaml")
        XCTAssertEqual(result.exitCode, .passed, result.standardError)
        XCTAssertEqual(result.standardOutput, try String(contentsOf: folder.appendingPathComponent("expected.json"), encoding: .utf8))
    }
}
