import XCTest
import LSReadyCLI

final class ArgumentParserTests: XCTestCase {
    private let parser = ArgumentParser(command: "demo", options: [
        OptionSpec("values", short: "f", kind: .value(placeholder: "FILE"), repeatable: true, help: ""),
        OptionSpec("format", kind: .value(placeholder: "FORMAT"), allowedValues: ["json", "yaml"], help: ""),
        OptionSpec("output", short: "o", kind: .value(placeholder: "FILE"), help: ""),
        OptionSpec("explain", help: ""),
    ], maxPositionals: 3)

    private func assertUsageError(_ arguments: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try parser.parse(arguments), file: file, line: line) { error in
            guard let error = error as? UsageError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.line, "lsready: \(message) (see 'lsready demo --help')", file: file, line: line)
        }
    }

    func testLongShortInlineRepeatedAndPositionalInOrder() throws {
        let parsed = try parser.parse(["a.yaml", "-f", "b.yaml", "--values=c.yaml", "--values", "d.yaml", "--format=yaml", "--explain", "-"])
        XCTAssertEqual(parsed.values("values"), ["b.yaml", "c.yaml", "d.yaml"])
        XCTAssertEqual(parsed.positionals, ["a.yaml", "-"])
        XCTAssertEqual(parsed.value("format"), "yaml")
        XCTAssertTrue(parsed.has("explain"))
        XCTAssertEqual(parsed.occurrences.map(\.option), [nil, "values", "values", "values", "format", "explain", nil])
    }

    func testDoubleDashEndsOptions() throws {
        let parsed = try parser.parse(["--", "--explain", "-f"])
        XCTAssertEqual(parsed.positionals, ["--explain", "-f"])
        XCTAssertFalse(parsed.has("explain"))
    }

    func testValueMayLookLikeAnOption() throws {
        XCTAssertEqual(try parser.parse(["-o", "-"]).value("output"), "-")
        XCTAssertEqual(try parser.parse(["--values", "--explain"]).values("values"), ["--explain"])
    }

    func testHelpIsRecognised() throws {
        XCTAssertTrue(try parser.parse(["--help"]).helpRequested)
        XCTAssertTrue(try parser.parse(["x", "-h"]).helpRequested)
    }

    func testUnknownOptions() {
        assertUsageError(["--bogus"], "unknown option '--bogus' for 'demo'")
        assertUsageError(["--bogus=1"], "unknown option '--bogus' for 'demo'")
        assertUsageError(["-x"], "unknown option '-x' for 'demo'")
        assertUsageError(["-fo"], "unknown option '-fo' for 'demo'")
    }

    func testMissingValue() {
        assertUsageError(["-f"], "option -f needs a value")
        assertUsageError(["x", "--output"], "option --output needs a value")
    }

    func testEmptyValue() {
        assertUsageError(["--output="], "option --output needs a non-empty value")
    }

    func testFlagGivenAValue() {
        assertUsageError(["--explain=yes"], "option --explain takes no value")
    }

    func testBadValue() {
        assertUsageError(["--format", "xml"], "option --format: 'xml' is not one of json, yaml")
    }

    func testNonRepeatableGivenTwice() {
        assertUsageError(["--format", "json", "--format=yaml"], "option --format may be given only once")
        assertUsageError(["--explain", "--explain"], "option --explain may be given only once")
    }

    func testTooManyPositionals() {
        assertUsageError(["a", "b", "c", "d"], "unexpected argument 'd'")
    }
}
