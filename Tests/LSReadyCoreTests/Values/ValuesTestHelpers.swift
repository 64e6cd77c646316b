import XCTest
import LSReadyCore

/// Values written as JSON text, located in `file`.
func values(_ json: String, file: String = "values.json") -> Node {
    do {
        return try JSONReader.parse(Array(json.utf8), file: file)
    } catch {
        XCTFail("bad test JSON: \(error)")
        return Node(.null, at: .file(file))
    }
}

/// Compares the data of two trees (not their locations), through the
/// canonical sorted JSON rendering.
func assertSameValues(_ actual: Node, _ expectedJSON: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(ValuesJSONRenderer.render(actual), ValuesJSONRenderer.render(values(expectedJSON)), file: file, line: line)
}
