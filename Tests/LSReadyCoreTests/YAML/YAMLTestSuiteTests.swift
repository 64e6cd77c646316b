import Foundation
import XCTest
import TestSupport
@testable import LSReadyCore

/// The official YAML test suite: every valid test with JSON must load to
/// that JSON with the core schema; every error test must be rejected.
final class YAMLTestSuiteTests: XCTestCase {
    func testYAMLTestSuiteConformance() throws {
        // LSREADY_SHARED points at a shared folder elsewhere (a git worktree does not sit beside ../shared).
        let override = ProcessInfo.processInfo.environment["LSREADY_SHARED"].map { URL(fileURLWithPath: $0).appendingPathComponent("yaml-test-suite") }
        guard let suite = override ?? ProjectPaths.shared("yaml-test-suite", for: "yaml-test-suite") else { return }
        let manager = FileManager.default
        let ids = try manager.contentsOfDirectory(atPath: suite.path).sorted()
        var jsonTotal = 0, jsonMatched = 0, errorTotal = 0, errorsRejected = 0
        var failures: [String] = []
        for id in ids {
            let folder = suite.appendingPathComponent(id)
            guard let yaml = manager.contents(atPath: folder.appendingPathComponent("in.yaml").path) else { continue }
            let isError = manager.fileExists(atPath: folder.appendingPathComponent("error").path)
            if isError {
                errorTotal += 1
                if (try? load(Array(yaml), id: id)) == nil {
                    errorsRejected += 1
                } else {
                    failures.append("\(id) (accepted)")
                }
                continue
            }
            guard let jsonData = manager.contents(atPath: folder.appendingPathComponent("in.json").path) else { continue }
            jsonTotal += 1
            do {
                let expected = try TestJSON.values(in: String(decoding: jsonData, as: UTF8.self))
                let actual = try load(Array(yaml), id: id).map(TestJSON.init)
                if equivalent(actual, expected) {
                    jsonMatched += 1
                } else {
                    failures.append("\(id) (differs)")
                }
            } catch {
                failures.append("\(id) (\(error))")
            }
        }
        print("yaml-test-suite: json-match \(jsonMatched)/\(jsonTotal), errors-rejected \(errorsRejected)/\(errorTotal)")
        let passed = jsonMatched >= 270 && errorsRejected >= 85
        if !passed || ProcessInfo.processInfo.environment["LSREADY_YAML_SUITE_VERBOSE"] != nil {
            for failure in failures { print("  \(failure)") }
        }
        XCTAssertGreaterThanOrEqual(jsonMatched, 270)
        XCTAssertGreaterThanOrEqual(errorsRejected, 85)
    }

    private func load(_ bytes: [UInt8], id: String) throws -> [Node] {
        try YAMLReader.parseStream(bytes, file: "\(id)/in.yaml").map { try YAMLLoader.load($0, schema: .core) }
    }

    /// Equal, with numbers compared numerically (NaN equal to itself).
    private func equivalent(_ lhs: [TestJSON], _ rhs: [TestJSON]) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy(equivalent)
    }

    private func equivalent(_ lhs: TestJSON, _ rhs: TestJSON) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.array(let a), .array(let b)): return equivalent(a, b)
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { equivalent(value, $0) } ?? false }
        default: return lhs == rhs
        }
    }
}
