import Foundation
import XCTest
import TestSupport

/// Hostile inputs through the real `lsready` executable, each with a hard
/// deadline: the process is killed if it has not ended by then, and the test
/// asserts that it ended on its own, with the expected exit code. This is
/// where a stack overflow (deep nesting in a debug build), an abort or a hang
/// shows, which an in-process test can hide or cannot survive.
final class HostileBinaryTests: XCTestCase {
    /// Generous: a debug build on a shared machine. A hang is the target, not speed.
    static let deadline: TimeInterval = 120

    private func binary() throws -> URL {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("lsready")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw XCTSkip("the lsready executable was not found beside the test bundle")
    }

    struct Outcome {
        var exitCode: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs the binary; nil (and a failure) when it had to be killed or died of a signal.
    private func run(_ arguments: [String], in directory: URL, file: StaticString = #filePath, line: UInt = #line) throws -> Outcome? {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Files, not pipes: a big report must not block the process on a full pipe.
        let outURL = directory.appendingPathComponent(".stdout"), errURL = directory.appendingPathComponent(".stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        if ended.wait(timeout: .now() + Self.deadline) == .timedOut {
            process.terminate()
            _ = ended.wait(timeout: .now() + 5)
            XCTFail("lsready \(arguments.joined(separator: " ")) did not end by itself", file: file, line: line)
            return nil
        }
        let errorText = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        guard process.terminationReason == .exit else {
            XCTFail("lsready \(arguments.joined(separator: " ")) died of signal \(process.terminationStatus): \(errorText.prefix(2000))",
                    file: file, line: line)
            return nil
        }
        return Outcome(exitCode: process.terminationStatus,
                       standardOutput: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                       standardError: errorText)
    }

    private func write(_ name: String, _ bytes: [UInt8], in directory: TemporaryDirectory) throws {
        try Data(bytes).write(to: directory.url.appendingPathComponent(name))
    }

    private func expectInputError(_ arguments: [String], in directory: TemporaryDirectory, naming prefix: String,
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        guard let outcome = try run(arguments, in: directory.url, file: file, line: line) else { return }
        XCTAssertEqual(outcome.exitCode, 3, outcome.standardError, file: file, line: line)
        XCTAssertTrue(outcome.standardError.hasPrefix("lsready: \(prefix)"), outcome.standardError, file: file, line: line)
    }

    func testDeepNestingFailsWithoutOverflowingTheStack() throws {
        let directory = try TemporaryDirectory()
        try write("brackets.yaml", Array(repeating: UInt8(ascii: "["), count: 1_000_000), in: directory)
        try write("objects.json", Array(String(repeating: #"{"a":"#, count: 1_000_000).utf8), in: directory)
        try write("blocks.yaml", Array((0..<3000).map { String(repeating: " ", count: $0) + "- a:\n" }.joined().utf8), in: directory)
        try expectInputError(["values", "brackets.yaml"], in: directory, naming: "brackets.yaml:1:257: error: ")
        try expectInputError(["audit", "objects.json"], in: directory, naming: "objects.json:1:")
        try expectInputError(["audit", "--cluster", "blocks.yaml"], in: directory, naming: "blocks.yaml:")
    }

    /// Nesting right at the limit is valid: every stage after the reader
    /// (merging, the model, rules, every renderer) recurses as deep.
    func testNestingAtTheLimitRunsTheWholePipeline() throws {
        let directory = try TemporaryDirectory()
        let depth = 250
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let values = "config:\n  deep: " + nested + "\nclickhouse:\n  external:\n    password: " + nested + "\n"
        try write("values.yaml", Array(values.utf8), in: directory)
        let pod = #"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "langsmith-backend-0", "labels": {"app": "x"}}, "spec": {"containers": [{"name": "c", "env": "# + nested + "}]}}"
        try write("cluster.json", Array(#"{"apiVersion": "v1", "kind": "List", "items": [\#(pod)]}"#.utf8), in: directory)
        for format in ["markdown", "json"] {
            guard let outcome = try run(["audit", "values.yaml", "cluster.json", "--format", format], in: directory.url) else { continue }
            XCTAssertTrue([0, 1].contains(outcome.exitCode), outcome.standardError)
        }
        for style in [["--explain"], ["--format", "yaml"], ["--with-defaults"]] {
            guard let outcome = try run(["values", "values.yaml"] + style, in: directory.url) else { continue }
            XCTAssertEqual(outcome.exitCode, 0, outcome.standardError)
        }
    }

    func testAliasBombsHugeScalarsAndBinaryEndAsInputErrors() throws {
        let directory = try TemporaryDirectory()
        var laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 { laughs += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        try write("laughs.yaml", Array(laughs.utf8), in: directory)
        try write("scalar.yaml", Array(("key: " + String(repeating: "x", count: 6_000_000) + "\n").utf8), in: directory)
        try write("nul.yaml", Array("a: 1\n".utf8) + [0, 0, 0], in: directory)
        try expectInputError(["values", "laughs.yaml"], in: directory, naming: "laughs.yaml:1:")
        try expectInputError(["audit", "scalar.yaml"], in: directory, naming: "scalar.yaml:1:6: error: a single value")
        try expectInputError(["audit", "nul.yaml"], in: directory, naming: "nul.yaml:2:1: error: ")
    }

    func testOversizedAndEndlessInputsStopAtTheSizeLimit() throws {
        let directory = try TemporaryDirectory()
        // A sparse 65 MiB file: refused from its size, before reading.
        let big = directory.url.appendingPathComponent("big.yaml")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 65 << 20)
        try handle.close()
        try expectInputError(["audit", "big.yaml"], in: directory, naming: "big.yaml: error: the file is 68157440 bytes, over the limit")
        if FileManager.default.fileExists(atPath: "/dev/zero") {
            try expectInputError(["values", "-f", "/dev/zero"], in: directory, naming: "/dev/zero: error: ")
        }
    }

    func testThreeHundredThousandKeysComplete() throws {
        let directory = try TemporaryDirectory()
        try write("values.yaml", Array((0..<300_000).map { "key\($0 % 150_000): \($0)\n" }.joined().utf8), in: directory)
        guard let outcome = try run(["values", "values.yaml"], in: directory.url) else { return }
        XCTAssertEqual(outcome.exitCode, 0, outcome.standardError)
        XCTAssertTrue(outcome.standardOutput.contains("\"key149999\": 299999"))
    }
}
