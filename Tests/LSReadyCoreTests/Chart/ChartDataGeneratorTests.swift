import Foundation
import TestSupport
import XCTest

/// `Scripts/generate-chart-data.py` reads values.yaml as Helm does, and the
/// committed `Chart/Generated/` files are exactly what it writes from the
/// corpus, so that the embedded data can never drift from the chart.
final class ChartDataGeneratorTests: XCTestCase {
    private let generated = "Sources/LSReadyCore/Chart/Generated"
    private let script = "Scripts/generate-chart-data.py"

    func testGeneratorReadsValuesAsHelmDoes() {
        guard pythonWithPyYAML(for: "ChartDataGeneratorTests.testGeneratorReadsValuesAsHelmDoes") else { return }
        let script = ProjectPaths.root.appendingPathComponent(script).path
        let result = run(["python3", script, "--self-test"])
        XCTAssertEqual(result.status, 0, "the generator's loader departs from Helm: \(result.errors)")
    }

    func testCommittedChartDataMatchesTheGenerator() throws {
        let name = "ChartDataGeneratorTests.testCommittedChartDataMatchesTheGenerator"
        guard let corpus = ProjectPaths.shared("corpus/langsmith-chart", for: name), pythonWithPyYAML(for: name) else { return }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("lsready-chart-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }

        let script = ProjectPaths.root.appendingPathComponent(script).path
        let result = run(["python3", script, "--corpus", corpus.path, "--output", output.path])
        XCTAssertEqual(result.status, 0, "the generator failed: \(result.errors)")

        let committed = ProjectPaths.root.appendingPathComponent(generated)
        let expected = try swiftFiles(in: output)
        XCTAssertEqual(try swiftFiles(in: committed), expected, "stale chart data: run `python3 \(self.script)`")
        for file in expected {
            let fresh = try Data(contentsOf: output.appendingPathComponent(file))
            let stored = try Data(contentsOf: committed.appendingPathComponent(file))
            XCTAssertTrue(fresh == stored, "\(generated)/\(file) is stale: run `python3 \(self.script)`")
        }
    }

    /// True when python3 can import PyYAML; else prints the skip line.
    private func pythonWithPyYAML(for test: String) -> Bool {
        if run(["python3", "-c", "import yaml"]).status == 0 { return true }
        print("\(test): skipped: python3 with PyYAML not found")
        return false
    }

    private func swiftFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
    }

    private func run(_ arguments: [String]) -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return (-1, "\(error)")
        }
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
