import Foundation
import XCTest
import LSReadyCLI
import LSReadyCore
import TestSupport

/// Inputs built to hurt, through the whole command line in-process: each must
/// end with the right exit code and a message that names the file (and the
/// line and column where there is one), never a crash, a hang or a silent pass.
/// Big inputs are generated here, not committed. The same kinds of input run
/// through the real binary in `HostileBinaryTests`, where a stack overflow
/// or a hang would show. (No timed assertions: the machines are shared.)
final class HostileInputTests: XCTestCase {
    struct Case {
        var name: String
        var files: [String: [UInt8]]
        var arguments: [String]
        var exitCode: ExitCode
        /// Each must appear in standard error.
        var messages: [String]
    }

    static func text(_ string: String) -> [UInt8] { Array(string.utf8) }

    static let deployment = text(#"{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "langsmith-backend"}}"#)

    /// `a0: &a0 [lol × 10]`, then nine levels of ten aliases to the level before: 10⁹ nodes if expanded.
    static let billionLaughs: [UInt8] = {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return Array(text.utf8)
    }()

    static func nestedBlocks(_ depth: Int) -> [UInt8] {
        text((0..<depth).map { String(repeating: " ", count: $0) + "a:\n" }.joined())
    }

    static func list(of count: Int, items: String) -> [UInt8] {
        text(#"{"apiVersion": "v1", "kind": "List", "items": ["# + Array(repeating: items, count: count).joined(separator: ",") + "]}")
    }

    static var cases: [Case] {
        [
            // Limits
            Case(name: "a million nested '['", files: ["deep.yaml": Array(repeating: UInt8(ascii: "["), count: 1_000_000)],
                 arguments: ["values", "deep.yaml"], exitCode: .inputError, messages: ["deep.yaml:1:257: error: ", "256 levels"]),
            Case(name: "a million nested JSON objects", files: ["deep.json": text(String(repeating: #"{"a":"#, count: 1_000_000))],
                 arguments: ["audit", "deep.json"], exitCode: .inputError, messages: ["deep.json:1:", "256 levels"]),
            Case(name: "block mappings 3,000 deep", files: ["deep.yaml": nestedBlocks(3000)],
                 arguments: ["values", "deep.yaml"], exitCode: .inputError, messages: ["deep.yaml:257:257: error: "]),
            Case(name: "billion laughs", files: ["laughs.yaml": billionLaughs],
                 arguments: ["values", "laughs.yaml"], exitCode: .inputError, messages: ["laughs.yaml:1:", "alias"]),
            Case(name: "billion laughs as a cluster dump", files: ["laughs.yaml": text("apiVersion: v1\nkind: List\nitems: []\n") + billionLaughs],
                 arguments: ["audit", "--cluster", "laughs.yaml"], exitCode: .inputError, messages: ["laughs.yaml:4:", "alias"]),
            Case(name: "a 5 MB single-line plain scalar", files: ["big.yaml": text("a: " + String(repeating: "x", count: 5_000_000) + "\n")],
                 arguments: ["values", "big.yaml"], exitCode: .inputError, messages: ["big.yaml:1:4: error: a single value of 5000000 bytes"]),
            Case(name: "a 5 MB double-quoted scalar", files: ["big.yaml": text("a: \"" + String(repeating: "x", count: 5_000_000) + "\"\n")],
                 arguments: ["values", "big.yaml"], exitCode: .inputError, messages: ["big.yaml:1:4: error: a single value of"]),
            Case(name: "a 5 MB JSON string", files: ["big.json": text(#"{"a": ""# + String(repeating: "x", count: 5_000_000) + #""}"#)],
                 arguments: ["values", "big.json"], exitCode: .inputError, messages: ["big.json:1:7: error: a single value of"]),
            Case(name: "more values than the node limit", files: ["many.json": text("{\"a\": [" + Array(repeating: "0", count: 2_000_001).joined(separator: ",") + "]}")],
                 arguments: ["values", "many.json"], exitCode: .inputError, messages: ["many.json:1:", "more than 2000000 values"]),
            Case(name: "more documents than the limit", files: ["stream.yaml": text(String(repeating: "--- {}\n", count: 100_001))],
                 arguments: ["audit", "--cluster", "stream.yaml"], exitCode: .inputError, messages: ["stream.yaml:100001:1: error: ", "100000 documents"]),
            Case(name: "more objects than the limit", files: ["dump.json": list(of: 1_000_001, items: "{}")],
                 arguments: ["audit", "dump.json"], exitCode: .inputError, messages: ["dump.json", "more than 1000000 Kubernetes objects"]),
            // Bytes that are not text
            Case(name: "a NUL byte", files: ["nul.yaml": text("a: 1\n") + [0] + text("b: 2\n")],
                 arguments: ["values", "nul.yaml"], exitCode: .inputError, messages: ["nul.yaml:2:1: error: ", "NUL"]),
            Case(name: "invalid UTF-8", files: ["bad.yaml": text("a: ") + [0xFF, 0xFE] + text("\n")],
                 arguments: ["values", "bad.yaml"], exitCode: .inputError, messages: ["bad.yaml:1:4: error: ", "UTF-8"]),
            Case(name: "invalid UTF-8 in a JSON string", files: ["bad.json": text(#"{"a": ""#) + [0xC3, 0x28] + text(#""}"#)],
                 arguments: ["audit", "bad.json"], exitCode: .inputError, messages: ["bad.json:1:", "UTF-8"]),
            Case(name: "UTF-16 text", files: ["utf16.yaml": [0xFF, 0xFE] + text("a: 1\n").flatMap { [$0, 0] }],
                 arguments: ["values", "utf16.yaml"], exitCode: .inputError, messages: ["utf16.yaml:1:1: error: ", "save it as UTF-8"]),
            Case(name: "Latin-1 text", files: ["latin1.yaml": text("name: caf") + [0xE9] + text("\nb: 1\n")],
                 arguments: ["values", "latin1.yaml"], exitCode: .inputError, messages: ["latin1.yaml:1:10: error: ", "Latin-1"]),
            Case(name: "random bytes", files: ["random.bin": (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }],
                 arguments: ["audit", "random.bin"], exitCode: .inputError, messages: ["random.bin:"]),
            // Files cut short and syntax errors
            Case(name: "a kubectl dump cut short", files: ["dump.json": Array(list(of: 3, items: String(decoding: deployment, as: UTF8.self)).dropLast(40))],
                 arguments: ["audit", "dump.json"], exitCode: .inputError, messages: ["dump.json:1:", "cut short"]),
            Case(name: "an unclosed flow sequence at the end", files: ["values.yaml": text("a: [1, 2\n")],
                 arguments: ["values", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:1:4: error: ", "']'"]),
            Case(name: "an unclosed double quote", files: ["values.yaml": text("a: \"open\nb: 1\n")],
                 arguments: ["values", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:1:4: error: ", "quote"]),
            Case(name: "an invalid YAML escape", files: ["values.yaml": text("a: \"\\q\"\n")],
                 arguments: ["values", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:1:", "escape"]),
            Case(name: "an invalid JSON escape", files: ["values.json": text(#"{"a": "\q"}"#)],
                 arguments: ["values", "values.json"], exitCode: .inputError, messages: ["values.json:1:8: error: ", "escape"]),
            Case(name: "a tab as indentation", files: ["values.yaml": text("a:\n\tb: 1\n")],
                 arguments: ["values", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:2:1: error: ", "tab"]),
            Case(name: "bad indentation", files: ["values.yaml": text("a:\n  b: 1\n c: 2\n")],
                 arguments: ["values", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:3:2: error: ", "indent"]),
            Case(name: "a missing space after ':'", files: ["values.yaml": text("image: repo: tag\n")],
                 arguments: ["values", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:1:12: error: mapping values are not allowed here", "space after ':'"]),
            Case(name: "an unknown anchor", files: ["values.yaml": text("a: *nope\n")],
                 arguments: ["values", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:1:4: error: ", "nope"]),
            Case(name: "an alias to its own anchor", files: ["values.yaml": text("a: &x [1, *x]\n")],
                 arguments: ["values", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:1:", "contains itself"]),
            Case(name: ".inf", files: ["values.yaml": text("a: .inf\n")],
                 arguments: ["values", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:1:4: error: ", ".inf"]),
            Case(name: "-.inf in a list", files: ["values.yaml": text("a: [1, -.Inf]\n")],
                 arguments: ["audit", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:1:8: error: "]),
            Case(name: ".nan", files: ["values.yaml": text("a: .NaN\n")],
                 arguments: ["values", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:1:4: error: "]),
            Case(name: "a top-level list", files: ["values.yaml": text("- a\n- b\n")],
                 arguments: ["values", "values.yaml"], exitCode: .inputError, messages: ["values.yaml:1:1: error: ", "map"]),
            // Wrong paths and wrong kinds
            Case(name: "a directory given as -f", files: ["dir/a.yaml": text("a: 1\n")],
                 arguments: ["values", "-f", "dir"], exitCode: .inputError, messages: ["dir: error: is a directory"]),
            Case(name: "a missing path", files: [:],
                 arguments: ["audit", "missing.yaml"], exitCode: .inputError, messages: ["missing.yaml: error: no such file"]),
            Case(name: "a cluster dump given as -f", files: ["cluster.json": deployment],
                 arguments: ["audit", "-f", "cluster.json"], exitCode: .gateFailed, messages: ["cluster.json:1:1: warning: ", "--cluster"]),
            Case(name: "a values file given as --cluster", files: ["values.yaml": text("config:\n  blobStorage:\n    enabled: true\n")],
                 arguments: ["audit", "--cluster", "values.yaml"], exitCode: .inputError, messages: ["values.yaml: error: ", "-f"]),
            Case(name: "an empty cluster dump", files: ["dump.json": []],
                 arguments: ["audit", "--cluster", "dump.json"], exitCode: .inputError, messages: ["dump.json: error: ", "kubectl"]),
            Case(name: "a directory with nothing to read", files: ["dir/notes.txt": text("hello\n")],
                 arguments: ["audit", "dir"], exitCode: .inputError, messages: ["dir: error: the directory holds no"]),
            // Command lines
            Case(name: "an unknown flag", files: [:], arguments: ["audit", "--frobnicate"], exitCode: .usage, messages: ["--frobnicate"]),
            Case(name: "an unknown flag value", files: ["values.yaml": text("a: 1\n")],
                 arguments: ["audit", "values.yaml", "--format", "pdf"], exitCode: .usage, messages: ["'pdf'"]),
            Case(name: "an unknown command", files: [:], arguments: ["frobnicate"], exitCode: .usage, messages: ["frobnicate"]),
            Case(name: "a --set nesting 30,000 lists", files: ["values.yaml": text("a: 1\n")],
                 arguments: ["values", "values.yaml", "--set", "a" + String(repeating: "[0]", count: 30_000) + "=1"],
                 exitCode: .usage, messages: ["lists nested deeper than 256 levels"]),
        ]
    }

    private func write(_ files: [String: [UInt8]], in directory: TemporaryDirectory) throws {
        for (path, bytes) in files {
            let url = directory.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }

    func testEveryHostileCaseEndsWithItsExitCodeAndAMessageNamingTheFile() throws {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 30)
        for hostile in Self.cases {
            let directory = try TemporaryDirectory()
            try write(hostile.files, in: directory)
            let result = CommandHarness(in: directory.url).run(hostile.arguments)
            XCTAssertEqual(result.exitCode, hostile.exitCode, "\(hostile.name): \(result.standardError)")
            for message in hostile.messages {
                XCTAssertTrue(result.standardError.contains(message), "\(hostile.name): expected '\(message)' in: \(result.standardError.prefix(500))")
            }
            XCTAssertFalse(result.standardError.contains("Fatal error"), hostile.name)
        }
    }

    // MARK: Inputs that are valid, however big

    func testDuplicateKeysLastWins() throws {
        let directory = try TemporaryDirectory()
        try write(["values.yaml": Self.text("a: 1\nb: x\na: 2\n")], in: directory)
        let result = CommandHarness(in: directory.url).run("values", "values.yaml")
        XCTAssertEqual(result.exitCode, .passed)
        XCTAssertEqual(result.standardOutput, "{\n  \"a\": 2,\n  \"b\": \"x\"\n}\n")
    }

    /// YAML's flow style opens like JSON: `{a: 1}` is a values file, not broken JSON.
    func testFlowStyleYAMLIsNotMistakenForBrokenJSON() throws {
        let directory = try TemporaryDirectory()
        try write(["flow.yaml": Self.text("{image: {tag: v1}, list: [a, b]}\n"), "cut.json": Self.text(#"{"a": [1, 2"#)], in: directory)
        let flow = CommandHarness(in: directory.url).run("values", "flow.yaml")
        XCTAssertEqual(flow.exitCode, .passed, flow.standardError)
        XCTAssertEqual(flow.standardOutput, "{\n  \"image\": {\n    \"tag\": \"v1\"\n  },\n  \"list\": [\n    \"a\",\n    \"b\"\n  ]\n}\n")
        // Broken JSON that is not YAML either keeps the JSON reader's message.
        let cut = CommandHarness(in: directory.url).run("values", "cut.json")
        XCTAssertEqual(cut.exitCode, .inputError)
        XCTAssertTrue(cut.standardError.hasPrefix("lsready: cut.json:1:"), cut.standardError)
        XCTAssertTrue(cut.standardError.contains("cut short"), cut.standardError)
    }

    func testThreeHundredThousandKeysAndDuplicatesLoadCorrectly() throws {
        let directory = try TemporaryDirectory()
        let distinct = (0..<300_000).map { "k\($0): \($0)\n" }.joined()
        // The same 1,000 keys 300 times each: duplicate handling must not be quadratic.
        let repeated = (0..<300_000).map { "k\($0 % 1000): \($0)\n" }.joined()
        let json = "{" + (0..<300_000).map { "\"k\($0)\": \($0 + 1)" }.joined(separator: ",") + "}"
        try write(["distinct.yaml": Self.text(distinct), "repeated.yaml": Self.text(repeated), "distinct.json": Self.text(json)],
                  in: directory)
        let last = CommandHarness(in: directory.url).run("values", "repeated.yaml")
        XCTAssertEqual(last.exitCode, .passed)
        XCTAssertEqual(last.standardOutput.split(separator: "\n").count, 1002)
        XCTAssertTrue(last.standardOutput.contains("\n  \"k999\": 299999\n}"))
        // Three 300,000-key files merged (keys print sorted): the last file wins everywhere.
        let merged = CommandHarness(in: directory.url).run("values", "-f", "distinct.yaml", "-f", "repeated.yaml", "-f", "distinct.json")
        XCTAssertEqual(merged.exitCode, .passed)
        XCTAssertEqual(merged.standardOutput.split(separator: "\n").count, 300_002)
        XCTAssertTrue(merged.standardOutput.contains("\n  \"k0\": 1,\n"))
        XCTAssertTrue(merged.standardOutput.contains("\n  \"k299999\": 300000,\n"))
    }

    /// Wrong types in a cluster dump make the object's facts unknown and say
    /// so on stderr, naming the object; the audit still completes.
    func testMalformedClusterObjectsWarnNamingTheObject() throws {
        let directory = try TemporaryDirectory()
        let dump = """
            {"apiVersion": "v1", "kind": "List", "items": [
              {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "langsmith-queue-0"},
               "spec": {"containers": "not-a-list"}},
              {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "langsmith-backend-1"},
               "spec": {"containers": [{"name": "backend", "resources": {"requests": {"cpu": "-2", "memory": "lots"}}}]}},
              {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": 42}},
              {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "langsmith-clickhouse"},
               "spec": {"replicas": -3, "template": []}},
              "a string where an object belongs"
            ]}
            """
        try write(["dump.json": Self.text(dump)], in: directory)
        let result = CommandHarness(in: directory.url).run("audit", "dump.json", "--format", "json")
        XCTAssertNotEqual(result.exitCode, .inputError, result.standardError)
        XCTAssertNotEqual(result.exitCode, .usage, result.standardError)
        for expected in ["warning: dump.json: Pod/langsmith-queue-0: spec.containers", "Pod/langsmith-backend-1:",
                         "warning: dump.json: PersistentVolumeClaim at dump.json:", "StatefulSet/langsmith-clickhouse:",
                         "is a string, not a Kubernetes object"] {
            XCTAssertTrue(result.standardError.contains(expected), "expected '\(expected)' in:\n\(result.standardError)")
        }
        XCTAssertTrue(result.standardOutput.hasPrefix("{"))
    }
}
