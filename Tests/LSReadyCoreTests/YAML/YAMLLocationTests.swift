import XCTest
@testable import LSReadyCore

/// Line and column of nodes and errors: 1-based, columns in Unicode scalars.
final class YAMLLocationTests: XCTestCase {
    private func root(_ text: String) throws -> YAMLNode {
        try XCTUnwrap(YAMLReader.parseFirstDocument(Array(text.utf8), file: "v.yaml")).root
    }

    private func error(_ text: String) -> InputError? {
        do {
            _ = try YAMLLoader.loadValuesFile(Array(text.utf8), file: "v.yaml")
            return nil
        } catch let error as InputError {
            return error
        } catch {
            XCTFail("not an InputError: \(error)")
            return nil
        }
    }

    func testNodeLocations() throws {
        let node = try YAMLLoader.loadValuesFile(Array("a: 1\nlist:\n  - x\n  - {k: v}\n".utf8), file: "v.yaml")
        XCTAssertEqual(node.location.description, "v.yaml:1:1")
        let entries = try XCTUnwrap(node.entries)
        XCTAssertEqual(entries[0].keyLocation.description, "v.yaml:1:1")
        XCTAssertEqual(entries[0].value.location.description, "v.yaml:1:4")
        XCTAssertEqual(entries[1].keyLocation.description, "v.yaml:2:1")
        let items = try XCTUnwrap(entries[1].value.items)
        XCTAssertEqual(items[0].location.description, "v.yaml:3:5")
        XCTAssertEqual(items[1].location.description, "v.yaml:4:5")
        XCTAssertEqual(items[1].entries?[0].value.location.description, "v.yaml:4:9")
    }

    func testColumnsCountUnicodeScalars() throws {
        let node = try YAMLLoader.loadValuesFile(Array("café: naïve 😀\nb: x\n".utf8), file: "v.yaml")
        XCTAssertEqual(node.entries?[0].value.location.description, "v.yaml:1:7")
        let mapping = try root("é: [ü, 😀, z]\n")
        guard case .mapping(let pairs) = mapping.content, case .sequence(let items) = pairs[0].value.content else {
            return XCTFail("expected a mapping of a sequence")
        }
        XCTAssertEqual(items.map(\.location.column), [5, 8, 11])
    }

    func testCRLFCountsAsOneLineBreak() throws {
        let node = try YAMLLoader.loadValuesFile(Array("a: 1\r\n\r\nb:\r\n  c: 2\r\n".utf8), file: "v.yaml")
        XCTAssertEqual(node["b"]?.location.description, "v.yaml:4:3")
        XCTAssertEqual(node["b"]?["c"]?.location.description, "v.yaml:4:6")
        XCTAssertEqual(error("a: 1\r\nb: \"x\r\n")?.location.description, "v.yaml:2:4")
    }

    func testByteOrderMarkIsNotAColumn() throws {
        let node = try YAMLLoader.loadValuesFile([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), file: "v.yaml")
        XCTAssertEqual(node.entries?[0].keyLocation.description, "v.yaml:1:1")
        XCTAssertEqual(node["a"]?.location.description, "v.yaml:1:4")
    }

    func testDuplicateKeyLocationIsTheWinningKey() throws {
        let node = try YAMLLoader.loadValuesFile(Array("a: 1\nb: 2\na: 3\n".utf8), file: "v.yaml")
        XCTAssertEqual(node.entries?.map(\.key), ["a", "b"])
        XCTAssertEqual(node.entries?[0].keyLocation.description, "v.yaml:3:1")
        XCTAssertEqual(node["a"]?.number, 3)
    }

    func testErrorLocations() {
        XCTAssertEqual(error("a: 1\nb: [1, 2\n")?.location.description, "v.yaml:2:4")
        XCTAssertEqual(error("a: 1\n  b: 2\n")?.location.description, "v.yaml:2:4")
        XCTAssertEqual(error("x:\n\ty: 1\n")?.location.description, "v.yaml:2:1")
        XCTAssertEqual(error("é: 'ü\n")?.location.description, "v.yaml:1:4")
        XCTAssertEqual(error("a: \"ok\"\nb: \"\u{1}\"\n")?.location.description, "v.yaml:2:5")
    }

    func testErrorMessagesQuoteAtMostTheToken() {
        let secret = "hunter2-very-secret"
        for text in ["password: \"\(secret)\n", "password: \(secret): x\n", "password: [\(secret)\n", "password: @\(secret)\n"] {
            guard let error = error(text) else { XCTFail("accepted: \(text)"); continue }
            XCTAssertFalse(error.description.contains(secret), error.description)
        }
    }

    func testInvalidUTF8ReportsLineAndColumnOfTheByte() {
        let bytes = Array("a: ok\nbb: é".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        XCTAssertThrowsError(try YAMLReader.parseStream(bytes, file: "v.yaml")) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.kind, .encoding)
            XCTAssertEqual(error?.location.description, "v.yaml:2:6")
        }
    }
}
