import XCTest
@testable import LSReadyCore

/// The start-up decoder of the embedded chart defaults must give exactly the
/// strict reader's tree (relocated to `.chartDefault`), and give up, never
/// guess, on what the generator does not write.
final class ChartDefaultsDecoderTests: XCTestCase {
    func testEverySnapshotDecodesAsTheStrictReaderReadsIt() throws {
        XCTAssertEqual(ChartData.snapshots.count, 5)
        for data in ChartData.snapshots {
            let decoded = try XCTUnwrap(ChartDefaultsDecoder.decode(data.defaultsJSON), "\(data.version) took the slow path")
            XCTAssertTrue(decoded == ChartSnapshot.strictlyParsed(data), data.version)
        }
    }

    func testEscapesAndScalars() throws {
        let json = #"{"a": "x\"y\\z\/\b\f\n\r\t", "b": "\u00e9\u20ac\ud83d\ude00", "bb": "é\n€", "bc": "é€", "c": [1, -2.5, 3e2, 0, true, false, null, {}, []], "d": {"e": ""}}"#
        let decoded = try XCTUnwrap(ChartDefaultsDecoder.decode(json))
        let strict = try JSONReader.parse(Array(json.utf8), file: "x").relocated(to: .chartDefault)
        XCTAssertTrue(decoded == strict)
        XCTAssertEqual(decoded["b"]?.string, "é€😀")
    }

    func testGivesUpOnWhatTheGeneratorDoesNotWrite() {
        for json in [#"{"b": 1, "a": 2}"#, #"{"a": 1, "a": 2}"#, #"{"a": "\ud83d"}"#, #"{"a": "\ude00"}"#,
                     #"{"a": "\x"}"#, #"{"a": 1e999}"#, #"{"a": 1,}"#, #"{"a" 1}"#, #"[1 2]"#, #"{"a": tru}"#, #"{"a": 1} x"#,
                     "{\"a\": \"\u{1}\"}", #"{"a": "unterminated}"#, #"{"a": "\u12"}"#, ""] {
            XCTAssertNil(ChartDefaultsDecoder.decode(json), json)
        }
    }
}
