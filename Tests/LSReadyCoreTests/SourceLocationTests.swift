import XCTest
@testable import LSReadyCore

final class SourceLocationTests: XCTestCase {
    func testRendersFileLineColumn() {
        XCTAssertEqual(SourceLocation(file: "values.yaml", line: 12, column: 5).description, "values.yaml:12:5")
        XCTAssertEqual(SourceLocation.chartDefault.description, "chart default")
    }

    func testInputErrorFormat() {
        let error = InputError(.syntax, "expected ':' after mapping key", at: SourceLocation(file: "v.yaml", line: 3, column: 1))
        XCTAssertEqual(error.description, "v.yaml:3:1: error: expected ':' after mapping key")
    }

    func testCommandLineLocationsNameTheKeyNeverTheValue() {
        XCTAssertEqual(SourceLocation.commandLine("config.langsmithLicenseKey=lic-123").description, "--set config.langsmithLicenseKey")
        XCTAssertEqual(SourceLocation.commandLine("a\\=b.c=d").description, "--set a\\=b.c")
        XCTAssertEqual(SourceLocation.commandLine("a.b").description, "--set a.b")
    }
}
