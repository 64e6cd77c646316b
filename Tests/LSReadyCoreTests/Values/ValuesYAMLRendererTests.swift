import XCTest
import LSReadyCore

/// `--format yaml` against go-yaml v2's emitter (helm-yaml-semantics.md §8).
final class ValuesYAMLRendererTests: XCTestCase {
    private func yaml(_ json: String) -> String { ValuesYAMLRenderer.render(values(json)) }

    func testWorkedExampleFromHelmGetValues() {
        let stored = #"{"b":true,"n":{"i":1000000},"s":{"yes":"yes","one":"1"},"l":[1,{"k":"v"}],"z":null}"#
        XCTAssertEqual(yaml(stored), """
            b: true
            l:
            - 1
            - k: v
            "n":
              i: 1000000
            s:
              one: "1"
              "yes": "yes"
            z: null

            """)
    }

    func testStringsThatWouldResolveAreDoubleQuoted() {
        for text in ["yes", "1", "0777", "~", "", "1:20", "2001-12-14", "true", "null", "1.5", "0x1F", "-3",
                     "1e3", ".5", "2001-12-14T21:59:43.10-05:00", "2001-12-14 21:59:43.10", "off", "Y", "08"] {
            XCTAssertEqual(yaml(#"{"k": "\#(text)"}"#), "k: \"\(text)\"\n", text)
        }
    }

    func testStringsThatStayStringsArePlain() {
        for text in ["yEs", "hello world", "1.2.3", "0xg", "2001-13-14", "<<", "a:b", "x#y", "1e400", "nan", "é", "a-b"] {
            XCTAssertEqual(yaml(#"{"k": "\#(text)"}"#), "k: \(text)\n", text)
        }
    }

    func testStringsPlainCannotHoldAreSingleQuoted() {
        XCTAssertEqual(yaml(#"{"k": "a: b"}"#), "k: 'a: b'\n")
        XCTAssertEqual(yaml(#"{"k": "- x"}"#), "k: '- x'\n")
        XCTAssertEqual(yaml(#"{"k": "*x"}"#), "k: '*x'\n")
        XCTAssertEqual(yaml(#"{"k": " lead"}"#), "k: ' lead'\n")
        XCTAssertEqual(yaml(#"{"k": "it's # not"}"#), "k: 'it''s # not'\n")
        XCTAssertEqual(yaml(#"{"k": "{a}"}"#), "k: '{a}'\n")
    }

    func testSpecialCharactersAreDoubleQuotedAndEscaped() {
        XCTAssertEqual(yaml(#"{"k": "a\tb"}"#), "k: \"a\\tb\"\n")
        XCTAssertEqual(yaml(#"{"k": "bell\u0007"}"#), "k: \"bell\\a\"\n")
        XCTAssertEqual(yaml(#"{"k": "\ud83d\ude00"}"#), "k: \"\\U0001F600\"\n")
    }

    func testMultiLineStringsUseLiteralStyle() {
        XCTAssertEqual(yaml(#"{"a": {"k": "line1\nline2\n"}, "b": "x\n\ny", "c": "end\n\n"}"#), """
            a:
              k: |
                line1
                line2
            b: |-
              x

              y
            c: |+
              end


            """)
    }

    func testLiteralInListAndLeadingSpaceHint() {
        XCTAssertEqual(yaml(#"{"l": ["a\nb", "  x\ny"]}"#), """
            l:
            - |-
              a
              b
            - |2-
                x
              y

            """)
    }

    /// Go compares a non-letter, non-digit as the number 0 against a digit run:
    /// `_x` sorts before `1`, and both before letters.
    func testKeysQuotedAndSortedLikeGoYAML() {
        XCTAssertEqual(yaml(#"{"a10": 1, "a2": 2, "b": 3, "B": 4, "_x": 5, "1": 6, "on": 7}"#), """
            _x: 5
            "1": 6
            B: 4
            a2: 2
            a10: 1
            b: 3
            "on": 7

            """)
    }

    func testNestedCollectionsAndEmptyOnes() {
        XCTAssertEqual(yaml(#"{"m": {"l": [[1, 2], {"a": {"b": 1}, "c": []}], "e": {}}}"#), """
            m:
              e: {}
              l:
              - - 1
                - 2
              - a:
                  b: 1
                c: []

            """)
        XCTAssertEqual(yaml("{}"), "{}\n")
    }

    func testNumbersAsGoYAMLPrintsThem() {
        XCTAssertEqual(yaml(#"{"a": 1.5, "b": 1e21, "c": 1e-7, "d": -0.0, "e": 123456789, "f": 0.0001, "g": 1e20, "h": 1234567.5, "i": 0.00001}"#), """
            a: 1.5
            b: 1e+21
            c: 1e-07
            d: 0
            e: 123456789
            f: 0.0001
            g: 1e+20
            h: 1.2345675e+06
            i: 1e-05

            """)
    }

    func testLongPlainStringsFoldAtColumn80() {
        let words = Array(repeating: "word", count: 30).joined(separator: " ")
        let rendered = yaml(#"{"k": "\#(words)"}"#)
        let lines = rendered.split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 1)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix("  word") })
        XCTAssertEqual(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "), "k: " + words)
    }
}
