import Foundation
import XCTest
@testable import LSReadyCLI
import LSReadyCore
import TestSupport

/// "Never print a secret value" (CATALOG.md §2) as a tested property: the
/// fixture in Fixtures/hostile/secrets fills every secret-bearing key, two
/// connection URLs with passwords, env values and annotations of cluster
/// objects with distinctive strings (secrets.txt), and no output of any
/// format, command, warning or error may contain one of them.
final class SecretSafetyTests: XCTestCase {
    private static let fixture = ProjectPaths.fixtures.appendingPathComponent("hostile/secrets")

    private var secrets: [String] {
        get throws {
            try String(contentsOf: Self.fixture.appendingPathComponent("secrets.txt"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
        }
    }

    private func directoryWithFixture() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for name in ["values.yaml", "cluster.json"] {
            try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent(name),
                                             to: directory.url.appendingPathComponent(name))
        }
        return directory
    }

    private func assertNoSecret(_ text: String, _ what: String, secrets: [String], file: StaticString = #filePath, line: UInt = #line) {
        for secret in secrets where text.contains(secret) {
            XCTFail("\(what) shows the secret \(secret)", file: file, line: line)
        }
    }

    private struct Run {
        var exitCode: ExitCode
        var output: String
        var error: String
    }

    /// Standard error as a terminal, so that error excerpts are on.
    private func run(_ arguments: [String], in directory: URL, terminal: Bool = true) -> Run {
        let output = CapturedOutput()
        let terminalError = HostileErrorPresentationTests.TerminalCapture()
        let plainError = CapturedOutput()
        let context = CommandContext(standardOutput: output, standardError: terminal ? terminalError : plainError,
                                     workingDirectory: directory, environment: ["LSREADY_TODAY": "2026-11-29"],
                                     readStandardInput: { [] })
        let code = LSReadyCommandLine.run(arguments: arguments, context: context)
        return Run(exitCode: code, output: output.text, error: terminal ? terminalError.captured.text : plainError.text)
    }

    func testTheFixtureCoversEverySecretBearingKey() throws {
        let values = try YAMLLoader.loadValuesFile(Array(Data(contentsOf: Self.fixture.appendingPathComponent("values.yaml"))),
                                                   file: "values.yaml")
        let secrets = try self.secrets
        for path in SecretKeys.paths {
            let value = try XCTUnwrap(values.at(path)?.string, path)
            XCTAssertTrue(secrets.contains { value.contains($0) }, "\(path) holds no listed secret")
        }
    }

    func testNoReportFormatShowsASecret() throws {
        let directory = try directoryWithFixture()
        let secrets = try self.secrets
        XCTAssertFalse(ReportFormat.allCases.isEmpty)
        for format in ReportFormat.allCases {
            let result = run(["audit", "values.yaml", "cluster.json", "--format", format.rawValue, "--verbose"], in: directory.url)
            XCTAssertNotEqual(result.exitCode, .inputError, result.error)
            XCTAssertFalse(result.output.isEmpty, format.rawValue)
            assertNoSecret(result.output, "audit --format \(format.rawValue)", secrets: secrets)
            assertNoSecret(result.error, "audit --format \(format.rawValue) (stderr)", secrets: secrets)
            let written = "report.\(format.rawValue)"
            let toFile = run(["audit", "values.yaml", "cluster.json", "--format", format.rawValue, "-o", written], in: directory.url)
            XCTAssertNotEqual(toFile.exitCode, .inputError, toFile.error)
            assertNoSecret(try directory.read(written), "audit -o \(written)", secrets: secrets)
        }
        // The values alone and the cluster alone too: other rules speak then.
        for inputs in [["values.yaml"], ["--cluster", "cluster.json"]] {
            for format in ReportFormat.allCases {
                let result = run(["audit"] + inputs + ["--format", format.rawValue], in: directory.url)
                assertNoSecret(result.output + result.error, "audit \(inputs) --format \(format.rawValue)", secrets: secrets)
            }
        }
    }

    func testLsreadyValuesNeverShowsASecretWithoutShowSecrets() throws {
        let directory = try directoryWithFixture()
        let secrets = try self.secrets
        for options in [[], ["--explain"], ["--format", "yaml"], ["--format", "json"], ["--with-defaults"],
                        ["--with-defaults", "--explain"], ["--with-defaults", "--format", "yaml"]] {
            let result = run(["values", "values.yaml", "cluster.json"] + options, in: directory.url)
            XCTAssertEqual(result.exitCode, .passed, result.error)
            XCTAssertTrue(result.output.contains(Redaction.placeholder), "\(options)")
            assertNoSecret(result.output + result.error, "values \(options)", secrets: secrets)
            let written = run(["values", "values.yaml", "-o", "values.out"] + options, in: directory.url)
            XCTAssertEqual(written.exitCode, .passed)
            assertNoSecret(try directory.read("values.out"), "values -o \(options)", secrets: secrets)
        }
        // The opt-in works, so the property above is not vacuous.
        let shown = run(["values", "values.yaml", "--show-secrets"], in: directory.url)
        XCTAssertTrue(shown.output.contains("LEAK09-password-q8Zr"))
    }

    /// Broken inputs whose offending token sits next to (or is) a secret:
    /// neither the message nor the terminal excerpt may show it.
    func testErrorMessagesNeverShowASecret() throws {
        let broken: [(String, String)] = [
            ("values.yaml", "postgres:\n  external:\n    password: \"LEAKERR1-unterminated\n"),
            ("values.yaml", "postgres:\n  external:\n    password: LEAKERR2-colon: x\n"),
            ("values.yaml", "postgres:\n  external:\n    password: LEAKERR3-tab\n\tconnectionUrl: x\n"),
            ("values.yaml", "config:\n  apiKeySalt: [LEAKERR4-flow, .inf]\n"),
            ("values.yaml", "config:\n  apiKeySalt: \"LEAKERR5-escape\\q\"\n"),
            ("values.yaml", "config:\n  apiKeySalt: LEAKERR6-indent\n   oops: 1\n"),
            ("values.yaml", "config: {apiKeySalt: LEAKERR7-flow: x}\n"),
            ("values.yaml", "config:\n  host: ok\n  url: postgres://u:LEAKERR8-url@h/db: x\n"),
            ("values.yaml", "config:\n  apiKeySalt: LEAKERR9-nul\u{0}\n"),
            ("values.json", #"{"config": {"apiKeySalt": "LEAKERR10-json" "x": 1}}"#),
            ("values.json", #"{"config": {"apiKeySalt": "LEAKERR11-escape\q"}}"#),
            ("values.json", #"{"config": {"apiKeySalt": "LEAKERR12-cut"#),
            ("values.json", #"{"config": {"apiKeySalt": LEAKERR13-bare}}"#),
        ]
        for (name, contents) in broken {
            let secret = String(contents[contents.range(of: "LEAKERR")!.lowerBound...].prefix { $0 != "\"" && $0 != " " && $0 != "\n" && $0 != "\\" && $0 != "," && $0 != ":" && $0 != "}" && $0 != "\u{0}" })
            let directory = try TemporaryDirectory()
            try directory.write(name, contents)
            for arguments in [["values", name], ["audit", name], ["audit", "-f", name], ["audit", "--cluster", name]] {
                for terminal in [true, false] {
                    let result = run(arguments, in: directory.url, terminal: terminal)
                    XCTAssertEqual(result.exitCode, .inputError, "\(contents): \(result.error)")
                    assertNoSecret(result.output + result.error, "\(arguments) on \(contents.debugDescription)", secrets: [secret])
                }
            }
        }
    }
}

extension SecretSafetyTests {
    /// A secret given with `--set` is shown neither by `--explain` (which
    /// prints where each value came from) nor by an error about the argument.
    func testSecretsGivenWithSetStayHidden() throws {
        let directory = try TemporaryDirectory()
        try directory.write("values.yaml", "a: 1\n")
        let secret = "LEAKSET-hunter2"
        for arguments in [["values", "values.yaml", "--set", "postgres.external.password=\(secret)", "--explain"],
                          ["values", "values.yaml", "--set", "b=1,postgres.external.password=\(secret)", "--explain"],
                          ["values", "values.yaml", "--set", "postgres.external.password.x=\(secret)", "--explain"],
                          ["values", "values.yaml", "--set", "postgres.external.password=\(secret),x"],
                          ["values", "values.yaml", "--set", "postgres.external.password=\(secret)[0"],
                          ["values", "values.yaml", "--set", "postgres.external.password=\(secret)", "--set", "postgres.external.password.y=1"],
                          ["audit", "values.yaml", "--set", "config.langsmithLicenseKey=\(secret)", "--format", "json"],
                          ["audit", "values.yaml", "--set", "config.langsmithLicenseKey=\(secret),y"]] {
            let directoryURL = directory.url
            let result = CommandHarness(in: directoryURL).run(arguments)
            XCTAssertFalse(result.standardOutput.contains(secret), "\(arguments): \(result.standardOutput)")
            XCTAssertFalse(result.standardError.contains(secret), "\(arguments): \(result.standardError)")
        }
    }
}
