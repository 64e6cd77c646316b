import XCTest
@testable import LSReadyCLI
import LSReadyCore
import TestSupport

/// `lsready values` in-process: exit codes, output, -o, redaction.
final class ValuesCommandTests: XCTestCase {
    private var directory: TemporaryDirectory!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
        try directory.write("values.json", #"{"config": {"langsmithLicenseKey": "lic-123", "replicas": 2}}"#)
    }

    private func run(_ arguments: String..., stdin: String = "") -> CommandHarness.Result {
        CommandHarness(in: directory.url, standardInput: stdin).run(["values"] + arguments)
    }

    func testDefaultIsRedactedJSON() {
        let result = run("values.json")
        XCTAssertEqual(result.exitCode, .passed)
        XCTAssertEqual(result.standardOutput, """
            {
              "config": {
                "langsmithLicenseKey": "<redacted>",
                "replicas": 2
              }
            }

            """)
        XCTAssertFalse(result.standardOutput.contains("lic-123"))
    }

    func testShowSecrets() {
        XCTAssertTrue(run("values.json", "--show-secrets").standardOutput.contains(#""langsmithLicenseKey": "lic-123""#))
    }

    func testNoInputsPrintsEmptyValues() {
        XCTAssertEqual(run().standardOutput, "{}\n")
        XCTAssertEqual(run("--format", "yaml").standardOutput, "{}\n")
    }

    func testSetAndStdin() {
        let result = run("-f", "-", "--set", "config.replicas=5,b=TRUE", stdin: #"{"a": 1}"#)
        XCTAssertEqual(result.exitCode, .passed)
        XCTAssertEqual(result.standardOutput, "{\n  \"a\": 1,\n  \"b\": true,\n  \"config\": {\n    \"replicas\": 5\n  }\n}\n")
    }

    func testExplainIsRedactedUnlessShowSecrets() {
        XCTAssertEqual(run("values.json", "--explain").standardOutput, """
            config.langsmithLicenseKey = "<redacted>"  (values.json:1:36)
            config.replicas = 2  (values.json:1:59)

            """)
        XCTAssertTrue(run("values.json", "--explain", "--show-secrets").standardOutput.contains(#""lic-123""#))
    }

    func testYAMLFormat() {
        XCTAssertEqual(run("values.json", "--format=yaml").standardOutput, "config:\n  langsmithLicenseKey: <redacted>\n  replicas: 2\n")
    }

    func testOutputFileIsWrittenAtomically() throws {
        try directory.write("out/old.json", "previous")
        let result = run("values.json", "-o", "out/old.json")
        XCTAssertEqual(result.exitCode, .passed)
        XCTAssertEqual(result.standardOutput, "")
        XCTAssertTrue(try directory.read("out/old.json").contains("<redacted>"))
        XCTAssertEqual(try directory.list("out"), ["old.json"], "no temporary file left behind")
    }

    func testOutputFailureLeavesNoFile() throws {
        let result = run("values.json", "--output", "missing-dir/out.json")
        XCTAssertEqual(result.exitCode, .inputError)
        XCTAssertTrue(result.standardError.hasPrefix("lsready: missing-dir/out.json: error: cannot write the output file"))
        XCTAssertFalse(directory.exists("missing-dir"))
    }

    func testOutputOntoADirectoryFailsAndKeepsIt() throws {
        try directory.write("taken/keep.txt", "x")
        let result = run("values.json", "-o", "taken")
        XCTAssertEqual(result.exitCode, .inputError)
        XCTAssertEqual(try directory.list(), ["taken", "values.json"])
        XCTAssertEqual(try directory.list("taken"), ["keep.txt"])
    }

    func testInputErrorsExit3WithLocation() throws {
        try directory.write("broken.json", "{\n  \"a\": tru\n}")
        let missing = run("nope.yaml")
        XCTAssertEqual(missing.exitCode, .inputError)
        XCTAssertEqual(missing.standardError, "lsready: nope.yaml: error: no such file or directory\n")
        let broken = run("-f", "broken.json")
        XCTAssertEqual(broken.exitCode, .inputError)
        XCTAssertTrue(broken.standardError.hasPrefix("lsready: broken.json:2:"), broken.standardError)
        XCTAssertEqual(broken.standardOutput, "")
    }

    func testSetOnAValueThatIsNotAMapIsAnInputError() throws {
        try directory.write("null.json", #"{"ingress": null}"#)
        let result = run("null.json", "--set", "ingress.enabled=true")
        XCTAssertEqual(result.exitCode, .inputError)
        XCTAssertEqual(result.standardError, "lsready: --set ingress.enabled: error: key \"ingress\" is null, not a map\n")
    }

    func testUsageErrorsExit2() {
        let cases: [([String], String)] = [
            (["--format", "xml"], "lsready: option --format: 'xml' is not one of json, yaml (see 'lsready values --help')\n"),
            (["--set"], "lsready: option --set needs a value (see 'lsready values --help')\n"),
            (["--set", "a"], "lsready: --set 'a': key \"a\" has no value (see 'lsready values --help')\n"),
            (["--explain", "--format", "json"], "lsready: --explain and --format cannot be combined (see 'lsready values --help')\n"),
            (["--cluster", "x"], "lsready: unknown option '--cluster' for 'values' (see 'lsready values --help')\n"),
            (["--with-defaults", "--chart-version", "0.16", "values.json"],
             "lsready: --chart-version '0.16': expected a chart version like 0.16.11 (see 'lsready values --help')\n"),
        ]
        for (arguments, message) in cases {
            let result = CommandHarness(in: directory.url).run(["values"] + arguments)
            XCTAssertEqual(result.exitCode, .usage, arguments.joined(separator: " "))
            XCTAssertEqual(result.standardError, message)
            XCTAssertEqual(result.standardOutput, "")
        }
    }

    func testClusterEvidenceIsNotedAndIgnored() throws {
        try directory.write("deploy.json", #"{"apiVersion": "apps/v1", "kind": "Deployment"}"#)
        let result = run("deploy.json", "values.json")
        XCTAssertEqual(result.exitCode, .passed)
        XCTAssertEqual(result.standardError, "lsready: note: deploy.json is cluster evidence; 'values' ignores it\n")
        XCTAssertTrue(result.standardOutput.contains("replicas"))
    }

    func testPipelineCoalescesWithChartDefaults() throws {
        let user = try JSONReader.parse(Array(#"{"config": {"replicas": 3, "old": null}, "postgres": {"external": {"password": "pw"}}}"#.utf8), file: "u.json")
        let chart = try JSONReader.parse(Array(#"{"config": {"replicas": 1, "old": "x", "keep": true}, "redis": {"external": {"connectionUrl": "redis://:pw@r"}}}"#.utf8), file: "chart/values.yaml")
        let text = try ValuesCommand.render(files: [user], setExpressions: [SetExpression(parsing: "config.keep=false")],
                                            chartDefaults: chart, style: .explain, showSecrets: false)
        XCTAssertEqual(text, """
            config.keep = false  (--set config.keep)
            config.replicas = 3  (u.json:1:25)
            postgres.external.password = "<redacted>"  (u.json:1:80)
            redis.external.connectionUrl = "<redacted>"  (chart default)

            """)
    }
}
