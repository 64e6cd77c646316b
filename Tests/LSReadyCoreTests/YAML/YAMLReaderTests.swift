import XCTest
@testable import LSReadyCore

/// The representation tree and the stream API.
final class YAMLReaderTests: XCTestCase {
    private func documents(_ text: String) throws -> [YAMLDocument] {
        try YAMLReader.parseStream(Array(text.utf8), file: "s.yaml")
    }

    func testStreamOfDocuments() throws {
        let docs = try documents("a: 1\n---\n- x\n...\n--- text\n---\n")
        XCTAssertEqual(docs.count, 4)
        XCTAssertEqual(docs[2].root.content, .scalar("text", .plain))
        XCTAssertEqual(docs[3].root.content, .scalar("", .plain))
        XCTAssertEqual(try documents("# only a comment\n\n").count, 0)
        XCTAssertEqual(try documents("").count, 0)
    }

    func testFirstDocumentIgnoresTheRest() throws {
        let bytes = Array("a: 1\n---\nb: [broken\n".utf8)
        XCTAssertThrowsError(try YAMLReader.parseStream(bytes, file: "s.yaml"))
        let first = try XCTUnwrap(YAMLReader.parseFirstDocument(bytes, file: "s.yaml"))
        XCTAssertEqual(try YAMLLoader.load(first, schema: .helm)["a"]?.number, 1)
        XCTAssertNil(try YAMLReader.parseFirstDocument(Array("# nothing\n".utf8), file: "s.yaml"))
    }

    func testTagsAreExpanded() throws {
        let text = "%TAG !e! tag:example.com,2000:app/\n---\n- !!str a\n- !local b\n- ! c\n- !<tag:x.org,1:y> d\n- !e!foo e\n- !e!%61b f\n"
        let root = try XCTUnwrap(documents(text).first).root
        guard case .sequence(let items) = root.content else { return XCTFail("not a sequence") }
        XCTAssertEqual(items.map(\.tag), ["tag:yaml.org,2002:str", "!local", "!", "tag:x.org,1:y",
                                         "tag:example.com,2000:app/foo", "tag:example.com,2000:app/ab"])
    }

    func testScalarStylesAndContent() throws {
        let text = "- plain\n- 'single'\n- \"double\\ttab\"\n- |\n  literal\n- >-\n  folded\n  text\n"
        guard case .sequence(let items) = try XCTUnwrap(documents(text).first).root.content else { return XCTFail() }
        XCTAssertEqual(items.map(\.content), [
            .scalar("plain", .plain), .scalar("single", .singleQuoted), .scalar("double\ttab", .doubleQuoted),
            .scalar("literal\n", .literal), .scalar("folded text", .folded),
        ])
    }

    func testAnchorsAliasesAndFlowFlag() throws {
        let root = try XCTUnwrap(documents("a: &x [1]\nb: *x\n").first).root
        guard case .mapping(let pairs) = root.content else { return XCTFail() }
        XCTAssertEqual(pairs[0].value.anchor, "x")
        XCTAssertTrue(pairs[0].value.isFlow)
        XCTAssertEqual(pairs[1].value.content, .alias("x"))
    }

    func testCoreSchema() throws {
        let text = "n: [null, Null, NULL, ~, '']\nb: [true, True, FALSE, yes, on, y]\ni: [0o17, 0x1F, -12, 012]\n"
            + "f: [1.5, .inf, -.Inf, .5e1]\ns: ['1', !!str 2, !!int '3', !!float 4]\n1: one\n~: tilde\n"
            + "m:\n  <<: {a: 1, b: 1}\n  a: 2\n"
        let node = try YAMLLoader.load(XCTUnwrap(documents(text).first), schema: .core)
        XCTAssertEqual(node["n"]?.items?.map(\.isNull), [true, true, true, true, false])
        XCTAssertEqual(node["b"]?.items?.map(\.value), [.bool(true), .bool(true), .bool(false), .string("yes"), .string("on"), .string("y")])
        XCTAssertEqual(node["i"]?.items?.map(\.number), [15, 31, -12, 12])
        XCTAssertEqual(node["f"]?.items?.map(\.number), [1.5, .infinity, -.infinity, 5])
        XCTAssertEqual(node["s"]?.items?.map(\.value), [.string("1"), .string("2"), .number(3), .number(4)])
        XCTAssertEqual(node["1"]?.string, "one")
        XCTAssertEqual(node["~"]?.string, "tilde")
        XCTAssertEqual(node["m"]?["a"]?.number, 2)
        XCTAssertEqual(node["m"]?["b"]?.number, 1)
    }

    func testHelmMergeKeysInPlace() throws {
        let text = "b: &b {a: 1}\nafter: {a: 2, <<: *b}\nbefore: {<<: *b, a: 2}\n"
        let node = try YAMLLoader.loadValuesFile(Array(text.utf8), file: "v.yaml")
        XCTAssertEqual(node["after"]?["a"]?.number, 1)
        XCTAssertEqual(node["before"]?["a"]?.number, 2)
    }

    func testGoFloatKeyFormatting() {
        let cases: [(Double, String)] = [(1.5, "1.5"), (1, "1"), (3.14159265358979, "3.1415927"), (123456789, "1.2345679e+08"),
                                         (1e6, "1e+06"), (100000, "100000"), (0.0001, "0.0001"), (0.00001, "1e-05"),
                                         (-2.5, "-2.5"), (1e21, "1e+21"), (.infinity, "+Inf"), (.nan, "NaN"), (1e300, "+Inf")]
        for (value, text) in cases {
            XCTAssertEqual(GoFloatFormat.formatShortestFloat32(value), text, "\(value)")
        }
    }

    func testGoIntegerParsing() {
        func parse(_ text: String) -> Int64? { GoIntegerParser.parseInt(Array(text.utf8)) }
        XCTAssertEqual(parse("0x1F"), 31)
        XCTAssertEqual(parse("-0b101"), -5)
        XCTAssertEqual(parse("0o17"), 15)
        XCTAssertEqual(parse("017"), 15)
        XCTAssertEqual(parse("-9223372036854775808"), .min)
        XCTAssertNil(parse("9223372036854775808"))
        XCTAssertNil(parse("08"))
        XCTAssertNil(parse("0x"))
        XCTAssertEqual(GoIntegerParser.parseUnsigned(Array("18446744073709551615".utf8)), .max)
        XCTAssertNil(GoIntegerParser.parseUnsigned(Array("+1".utf8)))
    }
}
