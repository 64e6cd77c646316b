import XCTest
@testable import LSReadyCore

/// `NodeFilter.Gate`: the tape writer passes over a gated list only when
/// none of the gate's values can be in it, and reads it otherwise.
final class FilterGateTests: XCTestCase {
    private let filter = NodeFilter.fields([
        ("env", .each(.fields([("name", .shape), ("value", .shape)]), holdingOneOf: ["KEEP_ME"])),
        ("other", .each(.fields([("name", .shape)]))),
    ])

    /// The tape of `json` written through `filter`, and the slot of its `env` member.
    private func write(_ json: String) throws -> (tape: ObjectTape, env: Int) {
        let program = FilterProgram(filter)
        var bytes = Array(json.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer in
            var scanner = JSONScanner(bytes: UnsafeBufferPointer(buffer), file: "t.json", maxDepth: 64)
            var tape = ObjectTape()
            try scanner.writeTape(program, filter: try XCTUnwrap(program.entry(of: filter)), into: &tape)
            XCTAssertEqual(scanner.offset, buffer.count, "the whole value is read")
            return (tape, try XCTUnwrap(tape.member(0, "env")))
        }
    }

    func testAListWithoutTheValuesIsPassedOver() throws {
        for json in [
            #"{"env": [{"name": "A", "value": "1"}, {"name": "B", "valueFrom": {"x": [1, {"y": null}]}}], "other": []}"#,
            #"{"env": [], "other": []}"#,
            // Not the value as a whole string: a longer name, a prefix, the value without quotes.
            #"{"env": [{"name": "KEEP_ME_NOT"}, {"name": "XKEEP_ME"}, {"name": "KEEP_M"}, 7, "KEEP_ME2"]}"#,
        ] {
            let (tape, env) = try write(json)
            XCTAssertTrue(tape.isPassedOver(env), json)
            XCTAssertEqual(tape.slots[env].count, 0)
            XCTAssertEqual(tape.slots[env].end, env + 1)
            XCTAssertEqual(tape.location(env).line, 1)
        }
    }

    func testAListThatMayHoldAValueIsRead() throws {
        for json in [
            #"{"env": [{"name": "A", "value": "1"}, {"name": "KEEP_ME", "value": "2"}]}"#,
            // Anywhere as a string, even as another variable's value: the consumer decides.
            #"{"env": [{"name": "A", "value": "KEEP_ME"}]}"#,
            #"{"env": ["KEEP_ME"]}"#,
            // An escape could spell it: the list is read.
            #"{"env": [{"name": "\u004bEEP_ME", "value": "2"}]}"#,
            #"{"env": [{"name": "A\n", "value": "2"}]}"#,
        ] {
            let (tape, env) = try write(json)
            XCTAssertFalse(tape.isPassedOver(env), json)
            XCTAssertEqual(tape.tag(env), .sequence)
            XCTAssertGreaterThan(tape.slots[env].count, 0, json)
        }
    }

    func testOnlyGatedListsArePassedOver() throws {
        let (tape, _) = try write(#"{"env": [{"name": "KEEP_ME"}], "other": [{"name": "A"}]}"#)
        let other = try XCTUnwrap(tape.member(0, "other"))
        XCTAssertFalse(tape.isPassedOver(other))
        XCTAssertEqual(tape.slots[other].count, 1)
        // Not a list: written as it is, for the consumer to report.
        let (scalar, env) = try write(#"{"env": "KEEP"}"#)
        XCTAssertEqual(scalar.string(env), "KEEP")
        XCTAssertFalse(scalar.isPassedOver(env))
    }

    func testAnInvalidListIsLeftToTheStrictReader() {
        XCTAssertThrowsError(try write(#"{"env": [{"name": "A\q"}]}"#)) { XCTAssertTrue($0 is FastPathAbort) }
        XCTAssertThrowsError(try write(#"{"env": [{"name": "A"}}"#)) { XCTAssertTrue($0 is FastPathAbort) }
    }
}
