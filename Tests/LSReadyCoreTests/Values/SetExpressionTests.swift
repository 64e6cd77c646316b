import XCTest
import LSReadyCore

/// `--set` as Helm's strvals parses and types it (helm-yaml-semantics.md §7).
final class SetExpressionTests: XCTestCase {
    private func apply(_ arguments: [String], to base: String = "{}") throws -> Node {
        try SetExpression.apply(arguments.map(SetExpression.init(parsing:)), to: values(base))
    }

    private func assertSet(_ argument: String, gives expected: String, base: String = "{}",
                           file: StaticString = #filePath, line: UInt = #line) {
        do {
            assertSameValues(try apply([argument], to: base), expected, file: file, line: line)
        } catch {
            XCTFail("\(argument): \(error)", file: file, line: line)
        }
    }

    private func assertMalformed(_ argument: String, _ fragment: String, base: String = "{}",
                                 file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try apply([argument], to: base), file: file, line: line) { error in
            guard let error = error as? InputError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.kind, .invalidArgument, file: file, line: line)
            XCTAssertEqual(error.location, .commandLine(argument), file: file, line: line)
            XCTAssertTrue(error.message.contains(fragment), "\(error.message)", file: file, line: line)
        }
    }

    func testDottedPath() { assertSet("a.b=c", gives: #"{"a": {"b": "c"}}"#) }

    func testSeveralAssignments() { assertSet("a=1,b=2", gives: #"{"a": 1, "b": 2}"#) }

    func testTrailingCommaIsAccepted() { assertSet("a=1,", gives: #"{"a": 1}"#) }

    func testListIndexGrowsWithNulls() {
        assertSet("a.list[2]=x", gives: #"{"a": {"list": [null, null, "x"]}}"#)
    }

    func testListIndexEditsExistingListInPlace() {
        assertSet("l[1]=x", gives: #"{"l": [1, "x", 3]}"#, base: #"{"l": [1, 2, 3]}"#)
    }

    func testNestedListsAndMapsInLists() {
        assertSet("a[0][1]=x,b[1].c=y", gives: #"{"a": [[null, "x"]], "b": [null, {"c": "y"}]}"#)
    }

    func testListValue() { assertSet("a={x,true,3}", gives: #"{"a": ["x", true, 3]}"#) }

    func testListValueFollowedByAnotherAssignment() {
        assertSet("a={x,y},b=1", gives: #"{"a": ["x", "y"], "b": 1}"#)
    }

    func testEscapes() {
        assertSet(#"a\.b=c\,d,e=f\=g"#, gives: #"{"a.b": "c,d", "e": "f=g"}"#)
    }

    func testSetMergesIntoExistingMap() {
        assertSet("a.b=1", gives: #"{"a": {"b": 1, "x": 1}}"#, base: #"{"a": {"x": 1}}"#)
    }

    func testTyping() {
        let cases: [(String, String)] = [
            ("true", "true"), ("TRUE", "true"), ("False", "false"), ("fAlSe", "false"),
            ("null", "null"), ("NULL", "null"), ("Null", "null"),
            ("0", "0"), ("42", "42"), ("-7", "-7"), ("+5", "5"),
            ("1.5", #""1.5""#), ("yes", #""yes""#), ("0x10", #""0x10""#), ("012", #""012""#),
            ("1e3", #""1e3""#), ("on", #""on""#), ("~", #""~""#), ("", #""""#),
            ("99999999999999999999", #""99999999999999999999""#), ("00", #""00""#), ("1_000", #""1_000""#),
        ]
        for (text, json) in cases {
            assertSet("v=" + text, gives: #"{"v": \#(json)}"#)
        }
    }

    func testEmptyValueIsEmptyString() { assertSet("a=,b=1", gives: #"{"a": "", "b": 1}"#) }

    func testNullValueIsStoredAsNull() { assertSet("a=null", gives: #"{"a": null}"#, base: #"{"a": 1}"#) }

    func testHelmQuirksAreKept() {
        assertSet("=x", gives: "{}")
        assertSet("a.", gives: "{}")
        assertSet("a[0]", gives: #"{"a": []}"#)
        assertSet("a={}", gives: #"{"a": [""]}"#)
    }

    func testLocationsNameEachAssignment() throws {
        let result = try apply(["a.b=c,d[0]=1"])
        XCTAssertEqual(result.at("a.b")?.location, .commandLine("a.b=c"))
        XCTAssertEqual(result["d"]?.items?.first?.location, .commandLine("d[0]=1"))
    }

    func testExistingLocationsAreKept() throws {
        let result = try apply(["a.y=1"], to: #"{"a": {"x": 1}}"#)
        XCTAssertEqual(result.at("a.x")?.location.file, "values.json")
        XCTAssertEqual(result.at("a.y")?.location, .commandLine("a.y=1"))
    }

    func testLaterSetWins() throws {
        assertSameValues(try apply(["a=1", "a=2,b=3"]), #"{"a": 2, "b": 3}"#)
    }

    func testMalformedExpressions() {
        assertMalformed("a", #"key "a" has no value"#)
        assertMalformed("a.b", #"key "b" has no value"#)
        assertMalformed(",", "cannot end with ,")
        assertMalformed("a=1,b", #"key "b" has no value"#)
        assertMalformed("a={x,y", "list must terminate with '}'")
        assertMalformed("a[x]=1", "error parsing index")
        assertMalformed("a[0", "error parsing index")
        assertMalformed("a[-1]=1", "negative -1 index not allowed")
        assertMalformed("a[70000]=1", "greater than maximum supported index")
        assertMalformed("a[0]x=1", "unexpected data at end of array index")
        assertMalformed("a.=1", #"key map "a" has no value"#)
        assertMalformed(Array(repeating: "k", count: 32).joined(separator: ".") + "=1", "nested level")
    }

    func testTypeConflictsWithExistingValues() {
        assertMalformed("a.b=1", "is a string, not a map", base: #"{"a": "s"}"#)
        assertMalformed("a.b=1", "is null, not a map", base: #"{"a": null}"#)
        assertMalformed("a[0]=1", "is a map, not a list", base: #"{"a": {}}"#)
    }
}
