import XCTest
import LSReadyCore

final class ValuesJSONRendererTests: XCTestCase {
    func testPrettySortedTwoSpaceIndent() {
        XCTAssertEqual(ValuesJSONRenderer.render(values(#"{"b": [1, {"y": null, "x": false}], "a": {}, "c": [], "B": "s"}"#)), """
            {
              "B": "s",
              "a": {},
              "b": [
                1,
                {
                  "x": false,
                  "y": null
                }
              ],
              "c": []
            }

            """)
    }

    func testNumbersAsGoEncodingJSONPrintsThem() {
        let cases: [(String, String)] = [
            ("1000000", "1000000"), ("1.5", "1.5"), ("1e21", "1e+21"), ("1e20", "100000000000000000000"),
            ("1e-7", "1e-7"), ("0.000001", "0.000001"), ("-2.5e-10", "-2.5e-10"), ("123456789.125", "123456789.125"),
            ("0", "0"), ("-0", "-0"), ("12345678901234567", "12345678901234568"), ("1.7976931348623157e308", "1.7976931348623157e+308"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(ValuesJSONRenderer.render(values(#"{"n": \#(input)}"#)), "{\n  \"n\": \(expected)\n}\n", input)
        }
    }

    func testStringEscapes() {
        XCTAssertEqual(ValuesJSONRenderer.quoted("a\"b\\c\n\t\u{1}\u{2028}<&>é"), #""a\"b\\c\n\t\u0001\u2028<&>é""#)
    }

    func testKeysSortByUTF8Bytes() {
        XCTAssertEqual(ValuesJSONRenderer.render(values(#"{"é": 1, "z": 2, "Z": 3}"#)), "{\n  \"Z\": 3,\n  \"z\": 2,\n  \"é\": 1\n}\n")
    }
}

final class ValuesExplainRendererTests: XCTestCase {
    func testOneLinePerLeafWithOrigin() throws {
        let file = values("{\"config\": {\"a\": 1,\n  \"l\": [\"x\", {}]},\n \"dotted.key\": null}", file: "v.yaml")
        let merged = try SetExpression(parsing: "config.s=yes").apply(to: file)
        let result = ValuesMerger.coalesce(user: merged, chartDefaults: values(#"{"config": {"d": true}}"#))
        XCTAssertEqual(ValuesExplainRenderer.render(result), """
            config.a = 1  (v.yaml:1:18)
            config.d = true  (chart default)
            config.l[0] = "x"  (v.yaml:2:9)
            config.l[1] = {}  (v.yaml:2:14)
            config.s = "yes"  (--set config.s)
            ["dotted.key"] = null  (v.yaml:3:16)

            """)
    }
}
