import Foundation
import XCTest
import LSReadyCLI
import LSReadyCore
import TestSupport

/// How input errors look (docs/errors.md): one `file:line:column: error:
/// message (hint)` line; on a terminal, the offending line cut after the
/// offending token with every value masked, and nothing for lines under a
/// secret-bearing key.
final class HostileErrorPresentationTests: XCTestCase {
    /// Standard error as a terminal would be.
    final class TerminalCapture: TerminalAwareOutput, @unchecked Sendable {
        let captured = CapturedOutput()
        func write(_ text: String) { captured.write(text) }
        var isTerminal: Bool { true }
    }

    private func standardError(for contents: String, file: String = "values.yaml", terminal: Bool = true,
                               environment: [String: String] = [:], arguments: [String]? = nil) throws -> String {
        let directory = try TemporaryDirectory()
        try directory.write(file, contents)
        let output = CapturedOutput()
        let terminalError = TerminalCapture()
        let plainError = CapturedOutput()
        let context = CommandContext(standardOutput: output, standardError: terminal ? terminalError : plainError,
                                     workingDirectory: directory.url, environment: environment, readStandardInput: { [] })
        let code = LSReadyCommandLine.run(arguments: arguments ?? ["values", file], context: context)
        XCTAssertEqual(code, .inputError)
        return terminal ? terminalError.captured.text : plainError.text
    }

    func testOneLineWhenNotATerminal() throws {
        XCTAssertEqual(try standardError(for: "image: repo: tag\n", terminal: false),
                       "lsready: values.yaml:1:12: error: mapping values are not allowed here (did you forget a space after ':'? A value containing ': ' must be quoted)\n")
    }

    func testOnATerminalTheLineIsCutAfterTheTokenAndValuesAreMasked() throws {
        XCTAssertEqual(try standardError(for: "config:\n  image: repo: tag\n"), """
            lsready: values.yaml:2:14: error: mapping values are not allowed here (did you forget a space after ':'? A value containing ': ' must be quoted)
             2 |   image: …:
               |           ^

            """)
        XCTAssertEqual(try standardError(for: "a:\n\tb: 1\n"), """
            lsready: values.yaml:2:1: error: a tab character is used for indentation (YAML indentation must use spaces, not tabs)
             2 | →
               | ^

            """)
        let flow = try standardError(for: "ingress: {hosts: [a.example.com, b.example.com], tls: true\n")
        XCTAssertTrue(flow.hasSuffix(" 1 | ingress: {\n   |          ^\n"), flow)
    }

    func testJSONKeysShowAndStringsAreMasked() throws {
        let text = try standardError(for: #"{"user": "admin" "tier": 1}"#, file: "values.json")
        // The offending token is a string too: masked, the caret still points at it.
        XCTAssertTrue(text.hasSuffix(" 1 | {\"user\": \"… \"…\n   |             ^\n"), text)
    }

    func testNoExcerptUnderSecretBearingKeys() throws {
        for contents in ["postgres:\n  external:\n    password: \"hunter2\n",
                         "config:\n  basicAuth:\n    initialOrgAdminPassword: a: b\n",
                         "redis:\n  external:\n    connectionUrl:\n      - \"redis://u:hunter2@h\n",
                         "{\"clickhouse\": {\"external\": {\"password\": \"hunter2\" \"x\": 1}}}"] {
            let text = try standardError(for: contents, file: contents.hasPrefix("{") ? "v.json" : "values.yaml")
            XCTAssertEqual(text.split(separator: "\n").count, 1, text)
            XCTAssertFalse(text.contains("hunter2"), text)
        }
    }

    func testNoColorOrAnUnreadableFileMeansNoExcerpt() throws {
        let text = try standardError(for: "image: repo: tag\n", environment: ["NO_COLOR": "1"])
        XCTAssertEqual(text.split(separator: "\n").count, 1)
        let directory = try TemporaryDirectory()
        let terminal = TerminalCapture()
        let context = CommandContext(standardOutput: CapturedOutput(), standardError: terminal, workingDirectory: directory.url,
                                     environment: [:], readStandardInput: { Array("a: b: c\n".utf8) })
        XCTAssertEqual(LSReadyCommandLine.run(arguments: ["values", "-f", "-"], context: context), .inputError)
        XCTAssertEqual(terminal.captured.text.split(separator: "\n").count, 1, terminal.captured.text)
    }
}
