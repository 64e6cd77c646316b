import Foundation
import XCTest
import TestSupport

/// A few runs of the real `lsready` executable: the thin entry point wires
/// the process's streams, stdin and exit code to the CLI library.
final class BinaryEndToEndTests: XCTestCase {
    private func binary() throws -> URL {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("lsready")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw XCTSkip("the lsready executable was not found beside the test bundle")
    }

    private func run(_ arguments: [String], stdin: String = "", in directory: URL) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    func testVersionValuesFromStdinAndInputError() throws {
        let directory = try TemporaryDirectory()
        XCTAssertEqual(try run(["--version"], in: directory.url).1, "lsready 0.1.0\n")
        let (status, output, _) = try run(["values", "-f", "-", "--set", "b=2"], stdin: #"{"a": 1}"#, in: directory.url)
        XCTAssertEqual(status, 0)
        XCTAssertEqual(output, "{\n  \"a\": 1,\n  \"b\": 2\n}\n")
        let missing = try run(["values", "missing.yaml"], in: directory.url)
        XCTAssertEqual(missing.0, 3)
        XCTAssertEqual(missing.2, "lsready: missing.yaml: error: no such file or directory\n")
        XCTAssertEqual(try run(["values", "--nope"], in: directory.url).0, 2)
    }
}
