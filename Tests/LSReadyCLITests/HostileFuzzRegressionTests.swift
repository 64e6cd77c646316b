import Foundation
import XCTest
import LSReadyCLI
import LSReadyCore
import TestSupport

/// Replays every input kept under Fixtures/hostile/fuzz-regressions/<harness>/
/// through the entry point of that fuzz harness (Fuzz/<harness>/main.swift):
/// each must end normally (an `InputError` or a result), never crash.
final class HostileFuzzRegressionTests: XCTestCase {
    private static let folder = ProjectPaths.fixtures.appendingPathComponent("hostile/fuzz-regressions")

    private func inputs(of harness: String) throws -> [(String, [UInt8])] {
        let directory = Self.folder.appendingPathComponent(harness)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return try names.sorted().filter { !$0.hasPrefix(".") }.map { name in
            (name, [UInt8](try Data(contentsOf: directory.appendingPathComponent(name))))
        }
    }

    func testYAMLHarnessInputs() throws {
        for (name, bytes) in try inputs(of: "yaml") {
            if let documents = try? YAMLReader.parseStream(bytes, file: name) {
                for document in documents {
                    _ = try? YAMLLoader.load(document, schema: .helm)
                    _ = try? YAMLLoader.load(document, schema: .core)
                }
            }
            if let values = try? YAMLLoader.loadValuesFile(bytes, file: name) { _ = ValuesJSONRenderer.render(values) }
            XCTAssertNoThrowOtherThanInputError(try YAMLReader.parseFirstDocument(bytes, file: name), name)
        }
    }

    func testJSONHarnessInputs() throws {
        for (name, bytes) in try inputs(of: "json") {
            _ = JSONReader.looksLikeJSON(bytes)
            XCTAssertNoThrowOtherThanInputError(try JSONReader.parse(bytes, file: name), name)
            _ = try? JSONReader.parseSequence(bytes, file: name)
        }
    }

    /// The values harness splits its input at "\n#--\n" into files and `--set ` lines;
    /// here each kept input is one values file, merged with the chart defaults and rendered.
    func testValuesHarnessInputs() throws {
        for (name, bytes) in try inputs(of: "values") {
            let directory = try TemporaryDirectory()
            try Data(bytes).write(to: directory.url.appendingPathComponent("values.yaml"))
            for options in [[], ["--with-defaults", "--explain"], ["--format", "yaml"]] {
                let result = CommandHarness(in: directory.url).run(["values", "-f", "values.yaml"] + options)
                XCTAssertTrue([.passed, .inputError].contains(result.exitCode), "\(name): \(result.standardError)")
            }
        }
    }

    func testAuditHarnessInputs() throws {
        for (name, bytes) in try inputs(of: "audit") {
            let harness = CommandHarness(in: FileManager.default.temporaryDirectory, standardInput: "")
            var withInput = harness
            withInput.standardInput = bytes
            for arguments in [["audit", "-", "--format", "json", "--fail-on", "never"], ["audit", "--cluster", "-", "--format", "markdown"],
                              ["values", "-f", "-", "--with-defaults", "--explain"]] {
                let result = withInput.run(arguments)
                XCTAssertNotEqual(result.exitCode, .usage, "\(name): \(result.standardError)")
            }
        }
    }

    private func XCTAssertNoThrowOtherThanInputError<T>(_ body: @autoclosure () throws -> T, _ name: String,
                                                       file: StaticString = #filePath, line: UInt = #line) {
        do {
            _ = try body()
        } catch is InputError {
        } catch {
            XCTFail("\(name): threw \(error), not an InputError", file: file, line: line)
        }
    }
}
