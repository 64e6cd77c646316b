import XCTest
@testable import LSReadyCore

final class ChartKeySuggestionTests: XCTestCase {
    func testSameLettersIgnoringCaseComeFirst() {
        XCTAssertEqual(KeySuggestion.nearest(to: "apiUrl", among: ["apiURL", "apiUr"]), "apiURL")
    }

    func testNearestWithinTwoEdits() {
        XCTAssertEqual(KeySuggestion.nearest(to: "replica", among: ["replicas", "replicaCount"]), "replicas")
        XCTAssertEqual(KeySuggestion.nearest(to: "enabeld", among: ["enabled", "name"]), "enabled")
        XCTAssertNil(KeySuggestion.nearest(to: "enbl", among: ["enabled"]))
        XCTAssertNil(KeySuggestion.nearest(to: "x", among: []))
    }

    func testTiesGoToTheEarlierCandidate() {
        XCTAssertEqual(KeySuggestion.nearest(to: "ab", among: ["ax", "xb"]), "ax")
    }

    func testEditDistance() {
        func distance(_ a: String, _ b: String) -> Int { KeySuggestion.editDistance(Array(a), Array(b), limit: 10) }
        XCTAssertEqual(distance("kitten", "sitting"), 3)
        XCTAssertEqual(distance("", "abc"), 3)
        XCTAssertEqual(distance("same", "same"), 0)
        XCTAssertGreaterThan(KeySuggestion.editDistance(Array("a"), Array("abcdef"), limit: 2), 2)
    }
}
