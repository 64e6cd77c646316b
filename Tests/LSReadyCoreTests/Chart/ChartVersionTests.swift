import XCTest
@testable import LSReadyCore

final class ChartVersionTests: XCTestCase {
    private func version(_ text: String) -> ChartVersion? { ChartVersion(text) }

    func testParsesThreeNumbersWithOptionalV() {
        XCTAssertEqual(version("0.16.11"), ChartVersion(major: 0, minor: 16, patch: 11))
        XCTAssertEqual(version("v0.13.0"), ChartVersion(major: 0, minor: 13, patch: 0))
        XCTAssertEqual(version("1.2.3")?.description, "1.2.3")
    }

    func testRejectsOtherShapes() {
        for text in ["", "0.16", "0.16.11.1", "0.16.x", "0..1", "v", "V0.16.11", " 0.16.11", "0.16.11-rc.1", "-1.0.0", "+1.0.0", "0.16.１"] {
            XCTAssertNil(version(text), text)
        }
    }

    func testReadsTheHelmChartLabel() {
        XCTAssertEqual(ChartVersion.fromChartLabel("langsmith-0.16.11"), version("0.16.11"))
        XCTAssertNil(ChartVersion.fromChartLabel("redis-18.1.0"))
        XCTAssertNil(ChartVersion.fromChartLabel("langsmith-"))
        XCTAssertNil(ChartVersion.fromChartLabel("0.16.11"))
    }

    func testComparesNumerically() throws {
        let ordered = try ["0.9.99", "0.10.0", "0.10.53", "0.12.37", "0.13.0", "0.13.43", "0.16.11", "1.0.0"].map { try XCTUnwrap(version($0)) }
        XCTAssertEqual(ordered.shuffled().sorted(), ordered)
        XCTAssertLessThan(try XCTUnwrap(version("0.9.0")), try XCTUnwrap(version("0.10.0")))
    }

    func testSupportedRange() throws {
        XCTAssertFalse(ChartVersion(major: 0, minor: 9, patch: 0).isSupported)
        XCTAssertFalse(try XCTUnwrap(version("0.9.99")).isSupported)
        XCTAssertTrue(try XCTUnwrap(version("0.10.0")).isSupported)
        XCTAssertTrue(try XCTUnwrap(version("0.17.99")).isSupported)
        XCTAssertFalse(try XCTUnwrap(version("0.18.0")).isSupported)
        XCTAssertEqual(ChartVersion.autoscalingSplit, version("0.13.0"))
        XCTAssertEqual(ChartVersion.newestSupported, version("0.16.11"))
        XCTAssertTrue(ChartVersion.newestSupported.isSupported)
    }
}
