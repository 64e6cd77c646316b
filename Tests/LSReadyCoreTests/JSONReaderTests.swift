import XCTest
@testable import LSReadyCore

final class JSONReaderTests: XCTestCase {
    private func parse(_ text: String) throws -> Node {
        try JSONReader.parse(Array(text.utf8), file: "t.json")
    }

    private func errorText(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "no error"
        } catch let error as InputError {
            return error.description
        } catch {
            return "unexpected \(error)"
        }
    }

    func testValuesAndPositions() throws {
        let node = try parse("{\n  \"a\": [1, -2.5e3, true, null],\n  \"é\": \"x\\u00e9\\ud83d\\ude00\"\n}")
        XCTAssertEqual(node.location, SourceLocation(file: "t.json", line: 1, column: 1))
        XCTAssertEqual(node["a"]?.items?.map(\.value), [.number(1), .number(-2500), .bool(true), .null])
        XCTAssertEqual(node["a"]?.items?[1].location, SourceLocation(file: "t.json", line: 2, column: 12))
        XCTAssertEqual(node["é"]?.string, "xé😀")
        XCTAssertEqual(node.entries?[1].keyLocation, SourceLocation(file: "t.json", line: 3, column: 3))
        XCTAssertEqual(node["é"]?.location.column, 8)
    }

    func testDuplicateKeysLastWins() throws {
        let node = try parse(#"{"a": 1, "b": 2, "a": 3}"#)
        XCTAssertEqual(node.entries?.map(\.key), ["a", "b"])
        XCTAssertEqual(node["a"]?.number, 3)
    }

    func testSequenceOfValues() throws {
        let nodes = try JSONReader.parseSequence(Array("{\"a\":1}\n{\"b\":2} [3]".utf8), file: "s.json")
        XCTAssertEqual(nodes.count, 3)
        XCTAssertEqual(try JSONReader.parseSequence([], file: "e.json").count, 0)
    }

    func testStrictnessErrors() {
        XCTAssertEqual(errorText("{\"a\": 1,}"), "t.json:1:9: error: expected a string key, found '}' (JSON allows no comma before '}')")
        XCTAssertEqual(errorText("[1,]"), "t.json:1:4: error: expected a value, found ']' (JSON allows no comma before ']')")
        XCTAssertEqual(errorText("[01]"), "t.json:1:3: error: numbers may not have leading zeros")
        XCTAssertEqual(errorText("[NaN]"), "t.json:1:2: error: expected a JSON value, found 'N'")
        XCTAssertEqual(errorText("{\"a\": \"x\ny\"}"), "t.json:1:9: error: control character 0xA in a string: expected it escaped (a string may not span lines in JSON)")
        XCTAssertEqual(errorText("\"\\q\""), "t.json:1:2: error: invalid escape '\\q': expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        XCTAssertEqual(errorText("// c\n{}"), "t.json:1:1: error: expected a JSON value, found '/'")
        XCTAssertEqual(errorText("1 2x"), "t.json:1:4: error: expected whitespace or end of file after a value, found 'x'")
        XCTAssertEqual(errorText("[1e999]"), "t.json:1:2: error: number out of range")
    }

    func testTruncatedDumpNamesTheProblem() {
        XCTAssertEqual(errorText("{\"items\": [{\"kind\": \"Pod\""),
                       "t.json:1:26: error: expected ',' or '}', found end of file (an object is not closed; was the file cut short?)")
        XCTAssertEqual(errorText("{\"a\": \"abc"),
                       "t.json:1:7: error: unterminated string: expected a closing '\"' (the string opened here never closes; was the file cut short?)")
        XCTAssertEqual(errorText(""), "t.json:1:1: error: expected a JSON value, found end of file (the file is empty)")
    }

    func testEncodingErrors() {
        var bytes = Array("{\"a\": \"x".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array("\"}".utf8))
        XCTAssertThrowsError(try JSONReader.parse(bytes, file: "t.json")) { error in
            XCTAssertEqual((error as? InputError)?.description, "t.json:1:9: error: invalid UTF-8 byte 0xFF in a string")
        }
        XCTAssertEqual(errorText("[\u{0}]"), "t.json:1:2: error: expected a JSON value, found a NUL byte")
    }

    func testDeepNestingIsALimitNotACrash() {
        let deep = String(repeating: "[", count: 1_000_000)
        XCTAssertThrowsError(try parse(deep)) { error in
            XCTAssertEqual((error as? InputError)?.kind, .depthLimit)
        }
    }

    func testBOMAccepted() throws {
        let node = try JSONReader.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8), file: "b.json")
        XCTAssertEqual(node.entries?.count, 0)
        XCTAssertEqual(node.location.column, 1)
    }
}
