import Foundation
import XCTest
@testable import LSReadyCLI

final class EntryPointTests: XCTestCase {
    func testNoCommandIsUsageError() {
        XCTAssertEqual(LSReadyCommandLine.run(arguments: []), 2)
    }

    /// What an audit read is left to the exit only when the process ends with the command (the executable), never in-process.
    func testAuditLeavesItsInputsToTheExitOnlyWhenTheProcessEnds() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lsready-exit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("config:\n  authType: oauth\n".utf8).write(to: directory.appendingPathComponent("values.yaml"))
        try Data(#"{"apiVersion": "v1", "kind": "Node", "metadata": {"name": "n"}}"#.utf8).write(to: directory.appendingPathComponent("cluster.json"))
        let harness = CommandHarness(in: directory)
        let before = ExitKeeper.count
        XCTAssertNotEqual(harness.run("audit", "values.yaml", "--cluster", "cluster.json", "-q").exitCode, .usage)
        XCTAssertEqual(ExitKeeper.count, before, "kept by an in-process run")

        var (context, _, _) = harness.context
        context.processExitsAfterCommand = true
        XCTAssertNotEqual(LSReadyCommandLine.run(arguments: ["audit", "values.yaml", "--cluster", "cluster.json", "-q"], context: context), .usage)
        XCTAssertEqual(ExitKeeper.count, before + 2, "the inputs and report, and the cluster reader")
    }
}
