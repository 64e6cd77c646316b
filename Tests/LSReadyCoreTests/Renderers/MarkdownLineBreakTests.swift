import LSReadyGen
import XCTest
@testable import LSReadyCore

final class MarkdownLineBreakTests: XCTestCase {
    func testEveryKindOfLineBreakBecomesASpace() {
        XCTAssertEqual(MarkdownReportRenderer.inline("a\r\nb\nc\rd\u{2028}e"), "a b c d e")
        XCTAssertEqual(MarkdownReportRenderer.escapeCode("x`y\r\nz"), "x'y z")
        XCTAssertEqual(MarkdownReportRenderer.inline("<b>"), "&lt;b&gt;")
    }

    /// The renderers return plain text untouched without looking at it
    /// scalar by scalar; on any text they must give what the scalar-by-scalar
    /// code gave (kept here as the reference).
    func testFastPathsMatchTheReference() {
        var random = SplitMix64(seed: 3)
        let pieces = ["a", "Z", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{B}", "\u{C}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
                      "\u{2028}", "\u{3000}", "<", ">", "`", "|", "\u{301}", "é", "😀", "plain words", "<\u{301}", " \u{301}"]
        for _ in 0..<3000 {
            let text = (0..<random.int(0...8)).map { _ in random.pick(pieces) }.joined()
            let label = text.debugDescription
            XCTAssertEqual(MarkdownReportRenderer.oneLine(text), Self.referenceOneLine(text), label)
            XCTAssertEqual(MarkdownReportRenderer.inline(text),
                           Self.referenceOneLine(text).replacing("<", with: "&lt;").replacing(">", with: "&gt;"), label)
            XCTAssertEqual(MarkdownReportRenderer.escapeCode(text), Self.referenceOneLine(text).replacing("`", with: "'"), label)
            XCTAssertEqual(MarkdownReportRenderer.tableCell(text),
                           Self.referenceOneLine(text).replacing("<", with: "&lt;").replacing(">", with: "&gt;").replacing("|", with: "\\|"), label)
            XCTAssertEqual(text.trimmingSpaces(), Self.referenceTrimmingSpaces(text), label)
            XCTAssertEqual(TextReportRenderer.oneLine(text), Self.referenceTerminalLine(text), label)
        }
    }

    private static func referenceOneLine(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.replacing("\r\n", with: "\n").unicodeScalars {
            result.append(scalar.properties.isWhitespace && scalar != " " && scalar != "\t" ? " " : scalar)
        }
        return String(result)
    }

    private static func referenceTrimmingSpaces(_ text: String) -> String {
        var text = Substring(text)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }

    private static func referenceTerminalLine(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += " "
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
