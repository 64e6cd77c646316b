import Foundation
import XCTest
@testable import LSReadyCLI

/// `lsready audit` computes today's UTC date by arithmetic; it must agree
/// with Foundation's calendar, which it replaced.
final class AuditDateTests: XCTestCase {
    private let formatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }()

    private func assertSameDate(_ seconds: Int64, file: StaticString = #filePath, line: UInt = #line) {
        let expected = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        XCTAssertEqual(AuditCommand.utcDate(secondsSince1970: seconds), expected, "\(seconds)", file: file, line: line)
    }

    func testBoundaries() {
        XCTAssertEqual(AuditCommand.utcDate(secondsSince1970: 0), "1970-01-01")
        XCTAssertEqual(AuditCommand.utcDate(secondsSince1970: 1_795_910_400), "2026-11-29")
        // Midnights and the second before them, around leap days and century years.
        for date in ["1969-12-31", "1970-01-01", "2000-02-28", "2000-02-29", "2000-03-01", "2024-02-29", "2024-12-31",
                     "2026-11-29", "2100-02-28", "2100-03-01", "2400-02-29", "1900-03-01"] {
            let midnight = Int64(formatter.date(from: date)!.timeIntervalSince1970)
            for offset: Int64 in [-1, 0, 1, 86_399] { assertSameDate(midnight + offset) }
        }
    }

    func testEveryDayFrom1960To2200() {
        var seconds: Int64 = -315_619_200  // 1960-01-01
        while seconds < 7_258_118_400 {     // 2200-01-01
            assertSameDate(seconds + 43_210)
            seconds += 86_400
        }
    }
}
