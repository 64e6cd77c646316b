import XCTest
@testable import LSReadyCore

final class ChartSnapshotChoiceTests: XCTestCase {
    private func dataVersion(for text: String) throws -> String {
        ChartKnowledge.snapshot(for: try XCTUnwrap(ChartVersion(text))).dataVersion.description
    }

    func testEmbedsEveryCorpusVersionFromTheOldestSupported() {
        XCTAssertEqual(ChartKnowledge.snapshots.map(\.dataVersion.description),
                       ["0.10.53", "0.12.37", "0.13.0", "0.13.43", "0.16.11"])
    }

    func testChoosesTheNewestSnapshotNotNewerThanTheVersion() throws {
        XCTAssertEqual(try dataVersion(for: "0.10.0"), "0.10.53")
        XCTAssertEqual(try dataVersion(for: "0.10.53"), "0.10.53")
        XCTAssertEqual(try dataVersion(for: "0.12.36"), "0.10.53")
        XCTAssertEqual(try dataVersion(for: "0.12.40"), "0.12.37")
        XCTAssertEqual(try dataVersion(for: "0.13.0"), "0.13.0")
        XCTAssertEqual(try dataVersion(for: "0.13.5"), "0.13.0")
        XCTAssertEqual(try dataVersion(for: "0.13.43"), "0.13.43")
        XCTAssertEqual(try dataVersion(for: "0.15.2"), "0.13.43")
        XCTAssertEqual(try dataVersion(for: "0.17.2"), "0.16.11")
    }

    func testOlderVersionsUseTheOldestSnapshot() throws {
        XCTAssertEqual(try dataVersion(for: "0.9.0"), "0.10.53")
        XCTAssertEqual(try dataVersion(for: "0.8.31"), "0.10.53")
    }

    func testAutoscalingSplitFollowsTheRequestedVersion() throws {
        for (text, split) in [("0.10.0", false), ("0.12.99", false), ("0.13.0", true), ("0.13.5", true), ("0.17.2", true)] {
            XCTAssertEqual(ChartKnowledge.snapshot(for: try XCTUnwrap(ChartVersion(text))).usesSplitAutoscaling, split, text)
        }
    }

    func testSnapshotsAreParsedOnceAndShared() throws {
        let version = try XCTUnwrap(ChartVersion("0.16.11"))
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            XCTAssertEqual(ChartKnowledge.snapshot(for: version).dataVersion, version)
        }
    }
}
