import XCTest
@testable import LSReadyCore

final class MarkdownLineBreakTests: XCTestCase {
    func testEveryKindOfLineBreakBecomesASpace() {
        XCTAssertEqual(MarkdownReportRenderer.inline("a\r\nb\nc\rd\u{2028}e"), "a b c d e")
        XCTAssertEqual(MarkdownReportRenderer.escapeCode("x`y\r\nz"), "x'y z")
        XCTAssertEqual(MarkdownReportRenderer.inline("<b>"), "&lt;b&gt;")
    }
}
