import XCTest
import LSReadyCore

/// helm-yaml-semantics.md §7, "Between -f files" (`mergeMaps`).
final class MergeFilesTests: XCTestCase {
    func testLaterFileWinsAndMapsMergeRecursively() {
        let merged = ValuesMerger.mergeFiles([
            values(#"{"a": {"x": 1, "y": 2}, "b": 1}"#, file: "a.yaml"),
            values(#"{"a": {"y": 3, "z": 4}, "c": 5}"#, file: "b.yaml"),
        ])
        assertSameValues(merged, #"{"a": {"x": 1, "y": 3, "z": 4}, "b": 1, "c": 5}"#)
    }

    func testListsReplaceNeverConcatenate() {
        let merged = ValuesMerger.mergeFiles([values(#"{"l": [1, 2, 3]}"#), values(#"{"l": [9]}"#)])
        assertSameValues(merged, #"{"l": [9]}"#)
    }

    func testScalarReplacesMapAndMapReplacesScalar() {
        let merged = ValuesMerger.mergeFiles([
            values(#"{"a": {"x": 1}, "b": 2}"#),
            values(#"{"a": "text", "b": {"y": 1}}"#),
        ])
        assertSameValues(merged, #"{"a": "text", "b": {"y": 1}}"#)
    }

    func testNullReplacesAndIsStored() {
        let merged = ValuesMerger.mergeFiles([values(#"{"a": {"x": 1}, "b": 2}"#), values(#"{"a": null}"#)])
        assertSameValues(merged, #"{"a": null, "b": 2}"#)
    }

    func testThreeFilesApplyLeftToRight() {
        let merged = ValuesMerger.mergeFiles([
            values(#"{"v": 1}"#), values(#"{"v": 2}"#), values(#"{"v": 3}"#),
        ])
        assertSameValues(merged, #"{"v": 3}"#)
    }

    func testNoFilesIsEmptyMap() {
        assertSameValues(ValuesMerger.mergeFiles([]), "{}")
    }

    func testMergedLeafKeepsTheLocationOfTheFileThatSetIt() throws {
        let merged = ValuesMerger.mergeFiles([
            values("{\"a\": {\"x\": 1,\n \"y\": 2}}", file: "a.yaml"),
            values("{\"a\": {\"y\": 3}}", file: "b.yaml"),
        ])
        XCTAssertEqual(merged.at("a.x")?.location, SourceLocation(file: "a.yaml", line: 1, column: 13))
        XCTAssertEqual(merged.at("a.y")?.location, SourceLocation(file: "b.yaml", line: 1, column: 13))
    }
}

/// helm-yaml-semantics.md §7, "User values against the chart's values.yaml" (Helm ≥ 3.21).
final class CoalesceTests: XCTestCase {
    private func coalesce(_ user: String, _ chart: String) -> Node {
        ValuesMerger.coalesce(user: values(user, file: "user.yaml"), chartDefaults: values(chart, file: "chart/values.yaml"))
    }

    func testMapsMergeDeeplyAndUserWins() {
        assertSameValues(coalesce(#"{"a": {"b": {"c": 1}}}"#, #"{"a": {"b": {"c": 0, "d": 2}, "e": 3}, "f": 4}"#),
                         #"{"a": {"b": {"c": 1, "d": 2}, "e": 3}, "f": 4}"#)
    }

    func testListsReplaceIncludingEmptyList() {
        assertSameValues(coalesce(#"{"l": [], "m": [5]}"#, #"{"l": [1, 2], "m": [1, 2]}"#), #"{"l": [], "m": [5]}"#)
    }

    func testEmptyUserMapKeepsChartMap() {
        assertSameValues(coalesce(#"{"a": {}}"#, #"{"a": {"x": 1}}"#), #"{"a": {"x": 1}}"#)
    }

    func testUserScalarOverChartMapWins() {
        assertSameValues(coalesce(#"{"a": "s", "n": {"b": 1}}"#, #"{"a": {"x": 1}, "n": {"b": {"deep": 1}}}"#),
                         #"{"a": "s", "n": {"b": 1}}"#)
    }

    func testUserMapOverChartScalarWins() {
        assertSameValues(coalesce(#"{"a": {"x": 1}, "n": {"b": {"y": 2}}}"#, #"{"a": "s", "n": {"b": 3}}"#),
                         #"{"a": {"x": 1}, "n": {"b": {"y": 2}}}"#)
    }

    func testNestedUserNullDeletesChartDefault() {
        assertSameValues(coalesce(#"{"b": {"c": null}}"#, #"{"b": {"c": 2, "d": 3}}"#), #"{"b": {"d": 3}}"#)
    }

    func testTopLevelUserNullDeletesChartDefault() {
        assertSameValues(coalesce(#"{"a": null}"#, #"{"a": {"x": 1}, "k": 1}"#), #"{"k": 1}"#)
    }

    func testDeepUserNullDeletes() {
        assertSameValues(coalesce(#"{"a": {"b": {"c": {"d": null}}}}"#, #"{"a": {"b": {"c": {"d": 1, "e": 2}}}}"#),
                         #"{"a": {"b": {"c": {"e": 2}}}}"#)
    }

    func testChartNullDefaultWithoutUserValueStays() {
        assertSameValues(coalesce("{}", #"{"a": null, "b": {"c": null}}"#), #"{"a": null, "b": {"c": null}}"#)
    }

    func testTopLevelNullOnKeyChartLacksIsKept() {
        assertSameValues(coalesce(#"{"x": null}"#, #"{"a": 1}"#), #"{"x": null, "a": 1}"#)
    }

    func testNestedNullOnKeyChartLacksIsKept() {
        // Helm 3.20.x removes it; ≥ 3.21 keeps it.
        assertSameValues(coalesce(#"{"b": {"z": null}}"#, #"{"b": {"c": 1}}"#), #"{"b": {"z": null, "c": 1}}"#)
    }

    func testNestedNullOverNullDefaultIsKept() {
        // ≤ 3.20 remove it; ≥ 3.21 keeps it.
        assertSameValues(coalesce(#"{"b": {"c": null}}"#, #"{"b": {"c": null, "d": 1}}"#), #"{"b": {"c": null, "d": 1}}"#)
    }

    func testTopLevelNullOverNullDefaultIsRemoved() {
        assertSameValues(coalesce(#"{"a": null}"#, #"{"a": null, "k": 1}"#), #"{"k": 1}"#)
    }

    func testChartNodesAreChartDefaultsAndUserNodesKeepTheirFile() {
        let result = coalesce(#"{"a": {"x": 1}}"#, #"{"a": {"x": 0, "y": {"z": 2}}}"#)
        XCTAssertEqual(result.at("a.y.z")?.location, .chartDefault)
        XCTAssertEqual(result.at("a.y")?.location, .chartDefault)
        XCTAssertEqual(result.at("a.x")?.location.file, "user.yaml")
    }

    func testValuesComputationAppliesFilesThenSetThenDefaults() throws {
        let result = try ValuesComputation.values(
            files: [values(#"{"a": 1, "b": {"c": 1}}"#), values(#"{"a": 2}"#)],
            setExpressions: [SetExpression(parsing: "b.c=null,d=x")],
            chartDefaults: values(#"{"b": {"c": 5, "e": 6}, "f": 7}"#))
        assertSameValues(result, #"{"a": 2, "b": {"e": 6}, "d": "x", "f": 7}"#)
    }
}
