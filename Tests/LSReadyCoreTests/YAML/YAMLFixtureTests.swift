import Foundation
import XCTest
import TestSupport
@testable import LSReadyCore

/// Golden files under Fixtures/yaml: every `valid/NAME.yaml` loads (as a Helm
/// values file) to `NAME.json`; every `invalid/NAME.yaml` fails with exactly
/// the `InputError` text in `NAME.error`. `LSREADY_RECORD=1` rewrites the
/// expected files, and then fails so that nobody passes by accident.
final class YAMLFixtureTests: XCTestCase {
    private let folder = ProjectPaths.fixtures.appendingPathComponent("yaml")
    private var recording: Bool { ProcessInfo.processInfo.environment["LSREADY_RECORD"] == "1" }

    func testValidFixturesLoadToTheirJSON() throws {
        let names = try fixtureNames(in: "valid")
        XCTAssertGreaterThan(names.count, 30)
        for name in names {
            let relative = "valid/\(name).yaml"
            let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(relative)))
            let expectedURL = folder.appendingPathComponent("valid/\(name).json")
            let actual: String
            do {
                actual = CanonicalJSON.render(try YAMLLoader.loadValuesFile(bytes, file: relative))
            } catch {
                XCTFail("\(relative): \(error)")
                continue
            }
            if recording {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            XCTAssertEqual(actual, expected, relative)
        }
        XCTAssertFalse(recording, "recorded the expected files; run again without LSREADY_RECORD")
    }

    func testInvalidFixturesFailWithTheirError() throws {
        let names = try fixtureNames(in: "invalid")
        XCTAssertGreaterThan(names.count, 20)
        for name in names {
            let relative = "invalid/\(name).yaml"
            let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(relative)))
            let expectedURL = folder.appendingPathComponent("invalid/\(name).error")
            let actual: String
            do {
                let node = try YAMLLoader.loadValuesFile(bytes, file: relative)
                XCTFail("\(relative) loaded: \(CanonicalJSON.render(node))")
                continue
            } catch let error as InputError {
                actual = error.description + "\n"
            }
            if recording {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            XCTAssertEqual(actual, expected, relative)
        }
        XCTAssertFalse(recording, "recorded the expected files; run again without LSREADY_RECORD")
    }

    private func fixtureNames(in subfolder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(subfolder).path)
            .filter { $0.hasSuffix(".yaml") }
            .map { String($0.dropLast(5)) }
            .sorted()
    }
}
