import Foundation
import XCTest
@testable import LSReadyCLI
import LSReadyCore
import TestSupport

/// The CI formats through `lsready audit`: several outputs in one run,
/// colour rules, verbosity, and the GitHub job summary.
final class ReportFormatTests: XCTestCase {
    var directory: TemporaryDirectory!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
        try directory.write("values.json", "{\"config\": {\"authType\": \"mixed\"}}\n")
    }

    func harness(_ environment: [String: String] = [:], terminal: Bool = false) -> CommandHarness {
        var harness = CommandHarness(in: directory.url, environment: ["LSREADY_TODAY": "2026-11-29"].merging(environment) { $1 },
                                     rules: ConfigurationFileTests.rules)
        harness.standardOutputIsTerminal = terminal
        return harness
    }

    func testSeveralFormatsInOneRunEachWrittenToItsFile() throws {
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        let result = harness().run("audit", "values.json", "--format", "sarif", "-o", "out/lsready.sarif",
                                   "--format", "junit", "-o", "out/lsready.junit.xml", "--format", "github", "-o", "out/annotations.txt",
                                   "--format", "text", "-o", "out/report.txt", "--format", "markdown")
        XCTAssertEqual(result.exitCode, .gateFailed, result.standardError)
        XCTAssertTrue(result.standardOutput.hasPrefix("# LangSmith production readiness: NOT READY"))
        XCTAssertEqual(try directory.list("out"), ["annotations.txt", "lsready.junit.xml", "lsready.sarif", "report.txt"])
        XCTAssertTrue(try directory.read("out/lsready.sarif").contains("\"version\": \"2.1.0\""))
        let junit = try JUnitSummary(parsing: directory.read("out/lsready.junit.xml"))
        XCTAssertEqual(junit.declared, .init(tests: 4, failures: 1, skipped: 2))
        XCTAssertTrue(try directory.read("out/annotations.txt").contains("::error title=blob.enabled::"))
        XCTAssertFalse(try directory.read("out/report.txt").contains("\u{1B}"), "no colour in a file")
        let sarif = directory.url.appendingPathComponent("out/lsready.sarif")
        if case .invalid(let problems) = SARIFValidation.validate([sarif], test: #function) { XCTFail(problems) }
    }

    /// `-o /dev/null` used to rename a temporary file over the device, leaving
    /// a regular file at /dev/null for every later program. A FIFO stands in for it.
    func testOutputToASpecialFileIsWrittenInPlace() throws {
        let fifo = directory.url.appendingPathComponent("report.fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        final class Received: @unchecked Sendable { var data = Data() }
        let received = Received()
        let done = DispatchSemaphore(value: 0)
        Thread {
            received.data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            done.signal()
        }.start()
        let result = harness().run("audit", "values.json", "--format", "json", "-o", "report.fifo")
        XCTAssertEqual(result.exitCode, .gateFailed, result.standardError)
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success)
        XCTAssertTrue(String(decoding: received.data, as: UTF8.self).hasPrefix("{\n  \"schemaVersion\": 1"))
        var status = stat()
        XCTAssertEqual(stat(fifo, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO, "the FIFO was replaced")
        XCTAssertEqual(try directory.list(), ["report.fifo", "values.json"], "no temporary file left")
    }

    func testJUnitFollowsFailOn() throws {
        let result = harness().run("audit", "values.json", "--format", "junit", "--fail-on", "at-risk")
        XCTAssertEqual(try JUnitSummary(parsing: result.standardOutput).declared, .init(tests: 4, failures: 3, skipped: 0))
    }

    func testTextColourOnlyOnATerminalAndNeverWithNoColorOrColorNever() {
        let escape = "\u{1B}["
        XCTAssertTrue(harness(terminal: true).run("audit", "values.json", "--format", "text").standardOutput.contains(escape))
        XCTAssertFalse(harness(terminal: false).run("audit", "values.json", "--format", "text").standardOutput.contains(escape))
        XCTAssertFalse(harness(["NO_COLOR": "1"], terminal: true).run("audit", "values.json", "--format", "text").standardOutput.contains(escape))
        XCTAssertFalse(harness(["NO_COLOR": "1"]).run("audit", "values.json", "--format", "text", "--color", "always").standardOutput.contains(escape))
        XCTAssertFalse(harness(terminal: true).run("audit", "values.json", "--format", "text", "--color", "never").standardOutput.contains(escape))
        XCTAssertTrue(harness().run("audit", "values.json", "--format", "text", "--color", "always").standardOutput.contains(escape))
        XCTAssertTrue(harness(["NO_COLOR": ""], terminal: true).run("audit", "values.json", "--format", "text").standardOutput.contains(escape),
                      "an empty NO_COLOR does not count (no-color.org)")
        XCTAssertEqual(harness().run("audit", "values.json", "--color", "sometimes").exitCode, .usage)
    }

    func testQuietAndVerboseText() {
        let quiet = harness().run("audit", "values.json", "--format", "text", "-q")
        XCTAssertEqual(quiet.standardOutput, "NOT READY — 1 pass · 1 fail · 1 at-risk · 1 manual\n")
        let verbose = harness().run("audit", "values.json", "--format", "text", "-v")
        XCTAssertTrue(verbose.standardOutput.contains("PASS           redis.runs-expiry"))
        XCTAssertFalse(harness().run("audit", "values.json", "--format", "text").standardOutput.contains("PASS "))
    }

    func testGitHubFormatAppendsTheMarkdownReportToTheJobSummary() throws {
        try directory.write("summary.md", "previous step\n")
        let summary = directory.url.appendingPathComponent("summary.md").path
        let result = harness(["GITHUB_STEP_SUMMARY": summary]).run("audit", "values.json", "--format", "github")
        XCTAssertEqual(result.exitCode, .gateFailed)
        XCTAssertTrue(result.standardOutput.hasPrefix("::warning title=redis.external::"), result.standardOutput)
        let written = try directory.read("summary.md")
        XCTAssertTrue(written.hasPrefix("previous step\n# LangSmith production readiness: NOT READY\n"))
        // Other formats do not touch the summary.
        _ = harness(["GITHUB_STEP_SUMMARY": summary]).run("audit", "values.json", "--format", "json")
        XCTAssertEqual(try directory.read("summary.md"), written)
        // Without the variable nothing is written anywhere.
        _ = harness().run("audit", "values.json", "--format", "github")
        XCTAssertEqual(try directory.read("summary.md"), written)
    }

    func testUnknownFormatIsAUsageError() {
        let result = harness().run("audit", "values.json", "--format", "xml")
        XCTAssertEqual(result.exitCode, .usage)
    }
}
