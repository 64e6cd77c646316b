import Foundation
import XCTest
import LSReadyCLI
import LSReadyCore
import TestSupport

/// Every `values.yaml` and `examples/*.yaml` of the LangSmith chart corpus in
/// ../shared, read by `lsready values --show-secrets` and by an independent
/// reference (Scripts/helm_values_reference.py: PyYAML configured like
/// go-yaml v2): the two must hold the same data.
final class ChartCorpusValuesTests: XCTestCase {
    func testCorpusMatchesPyYAMLReference() throws {
        let test = "ChartCorpusValuesTests.testCorpusMatchesPyYAMLReference"
        guard let corpus = ProjectPaths.shared("corpus/langsmith-chart", for: test) else { return }
        guard Self.pythonWithPyYAML() else {
            print("\(test): skipped: python3 with PyYAML (import yaml) not available")
            return
        }
        guard YAMLReaderAvailability.isReal else {
            print("\(test): skipped: \(YAMLReaderAvailability.skipMessage)")
            return
        }
        let files = try Self.corpusFiles(in: corpus)
        XCTAssertFalse(files.isEmpty, "no values files under \(corpus.path)")
        for file in files {
            // -f: one example is itself a Kubernetes object, which a positional
            // path would classify as cluster evidence.
            let ours = CommandHarness(in: corpus).run("values", "--show-secrets", "-f", file.path)
            XCTAssertEqual(ours.exitCode, .passed, "\(file.path): \(ours.standardError)")
            let reference = try Self.runPython([Self.script.path, file.path])
            XCTAssertEqual(reference.status, 0, "\(file.path): reference failed: \(reference.standardError)")
            guard ours.exitCode == .passed, reference.status == 0 else { continue }
            let oursNode = try JSONReader.parse(Array(ours.standardOutput.utf8), file: "lsready")
            let referenceNode = try JSONReader.parse(Array(reference.standardOutput.utf8), file: "reference")
            XCTAssertEqual(ValuesJSONRenderer.render(oursNode), ValuesJSONRenderer.render(referenceNode), file.path)
        }
    }

    static let script = ProjectPaths.root.appendingPathComponent("Scripts/helm_values_reference.py")

    static func corpusFiles(in corpus: URL) throws -> [URL] {
        let fileManager = FileManager.default
        var files: [URL] = []
        for version in try fileManager.contentsOfDirectory(atPath: corpus.path).sorted() {
            let folder = corpus.appendingPathComponent(version)
            let values = folder.appendingPathComponent("values.yaml")
            if fileManager.fileExists(atPath: values.path) { files.append(values) }
            let examples = folder.appendingPathComponent("examples")
            let names = (try? fileManager.contentsOfDirectory(atPath: examples.path)) ?? []
            files += names.filter { $0.hasSuffix(".yaml") }.sorted().map { examples.appendingPathComponent($0) }
        }
        return files
    }

    static func pythonWithPyYAML() -> Bool {
        (try? runPython(["-c", "import yaml"]).status) == 0
    }

    struct ProcessResult {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static func runPython(_ arguments: [String]) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting: a large output would otherwise fill the pipe and block.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus,
                             standardOutput: String(decoding: outputData, as: UTF8.self),
                             standardError: String(decoding: errorData, as: UTF8.self))
    }
}
