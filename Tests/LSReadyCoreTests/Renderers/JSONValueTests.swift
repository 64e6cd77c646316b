import LSReadyGen
import XCTest
@testable import LSReadyCore

/// `JSONValue` writes bytes; it must write exactly what the scalar-by-scalar
/// `String` writer it replaced wrote (kept here as the reference).
final class JSONValueTests: XCTestCase {
    func testEscapes() {
        XCTAssertEqual(JSONValue.quoted(""), "\"\"")
        XCTAssertEqual(JSONValue.quoted("plain text"), "\"plain text\"")
        XCTAssertEqual(JSONValue.quoted("a\"b\\c\nd\re\tf"), #""a\"b\\c\nd\re\tf""#)
        XCTAssertEqual(JSONValue.quoted("\u{0}\u{1}\u{1F}\u{7F}"), "\"\\u0000\\u0001\\u001f\u{7F}\"")
        XCTAssertEqual(JSONValue.quoted("x\u{2028}y\u{2029}z\u{2027}\u{202A}"), "\"x\\u2028y\\u2029z\u{2027}\u{202A}\"")
        XCTAssertEqual(JSONValue.quoted("é€😀\u{E2}"), "\"é€😀\u{E2}\"")
    }

    func testQuotingMatchesTheReference() {
        var random = SplitMix64(seed: 11)
        let pieces = ["a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{8}", "\u{1B}", "\u{7F}", "é", "€", "\u{2028}", "\u{2029}",
                      "\u{2026}", "\u{20AC}", "😀", "e\u{301}", "/", "<>&", "plain words ", String(repeating: "x", count: 40)]
        for _ in 0..<2000 {
            let text = (0..<random.int(0...12)).map { _ in random.pick(pieces) }.joined()
            XCTAssertEqual(JSONValue.quoted(text), Self.referenceQuoted(text), text.debugDescription)
        }
    }

    func testRenderingMatchesTheReference() {
        var random = SplitMix64(seed: 5)
        func value(_ depth: Int) -> JSONValue {
            switch random.int(0...(depth > 3 ? 4 : 6)) {
            case 0: return .null
            case 1: return .bool(random.chance(50))
            case 2: return .int(random.int(-1000...1_000_000))
            case 3: return .number(random.pick([0.5, -2.25, 1e21, 3.0e-7, .infinity, .nan, 100.0]))
            case 4: return .string(random.pick(["", "x", "a \"quoted\" word", "line\nbreak", "\u{2028}"]))
            case 5: return .array((0..<random.int(0...3)).map { _ in value(depth + 1) })
            default: return .object((0..<random.int(0...3)).map { _ in ("k\(random.int(0...9))\u{1}", value(depth + 1)) })
            }
        }
        for _ in 0..<500 {
            let tree = value(0)
            for indent in ["", "    ", "\t"] {
                XCTAssertEqual(tree.rendered(indent: indent), Self.referenceRendered(tree, indent: indent))
            }
        }
    }

    // MARK: - The reference: the writer before it wrote bytes

    private static func referenceRendered(_ value: JSONValue, indent: String) -> String {
        var output = ""
        referenceWrite(value, to: &output, indent: indent)
        return output
    }

    private static func referenceWrite(_ value: JSONValue, to output: inout String, indent: String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .number(let number): output += number.isFinite ? "\(number)" : "null"
        case .string(let text): output += referenceQuoted(text)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            let inner = indent + "  "
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                referenceWrite(item, to: &output, indent: inner)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            let inner = indent + "  "
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += inner + referenceQuoted(key) + ": "
                referenceWrite(value, to: &output, indent: inner)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    private static func referenceQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let digits = Array("0123456789abcdef")
                    output += "\\u00" + String([digits[Int(scalar.value >> 4)], digits[Int(scalar.value & 0xF)]])
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
