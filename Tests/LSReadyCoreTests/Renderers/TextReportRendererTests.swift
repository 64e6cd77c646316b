import XCTest
@testable import LSReadyCore
import TestSupport

final class TextReportRendererTests: XCTestCase {
    func testQuietPrintsTheVerdictLineOnly() {
        XCTAssertEqual(TextReportRenderer.render(SampleReport.report, style: .init(verbosity: .quiet)),
                       "NOT READY — 1 pass · 2 fail · 1 at-risk · 1 unverified · 1 manual · 1 not-applicable · 1 waived\n")
        XCTAssertEqual(TextReportRenderer.render(SampleReport.report(with: []), style: .init(verbosity: .quiet)),
                       "READY — no findings\n")
    }

    func testNormalListsWhatNeedsAttentionBySection() {
        let text = TextReportRenderer.render(SampleReport.report)
        XCTAssertTrue(text.hasPrefix("lsready \(LSReady.version) · profile production · platform eks · chart 0.16.11\nNOT READY — "))
        XCTAssertFalse(text.contains("redis.runs-expiry"), "passes are hidden")
        XCTAssertFalse(text.contains("security.plaintext-secrets"), "not-applicable is hidden")
        XCTAssertTrue(text.contains("\n3. ClickHouse\n  FAIL           clickhouse.replicated — ClickHouse replicated\n"))
        XCTAssertTrue(text.contains("  WAIVED         redis.external — External Redis\n"))
        XCTAssertTrue(text.contains("decision: waived (was at-risk) by platform-team until 2027-03-31: ElastiCache migration planned"))
        XCTAssertTrue(text.contains("decision: a waiver by web-team expired on 2026-10-01 and no longer applies (load test pending)"))
        XCTAssertTrue(text.contains("at values.yaml:7:3 clickhouse.external.enabled: false\n"))
        XCTAssertTrue(text.contains("at StatefulSet/langsmith-clickhouse in cluster.json: 1 replica\n"))
        XCTAssertTrue(text.contains("won't fit, and uploads fail with 413."), "messages stay on one line")
        XCTAssertTrue(text.hasSuffix("(passes and not-applicable rules are hidden; -v lists them)\n"))
        XCTAssertFalse(text.contains("\u{1B}"))
    }

    func testVerboseAddsPassesAndNotApplicable() {
        let text = TextReportRenderer.render(SampleReport.report, style: .init(verbosity: .verbose))
        XCTAssertTrue(text.contains("  PASS           redis.runs-expiry — Runs expiry long enough\n"))
        XCTAssertTrue(text.contains("  NOT-APPLICABLE security.plaintext-secrets — No plaintext secrets\n"))
        XCTAssertFalse(text.contains("-v lists them"))
    }

    func testColourOnlyWhenAsked() {
        let coloured = TextReportRenderer.render(SampleReport.report, style: .init(colour: true))
        XCTAssertTrue(coloured.contains("\u{1B}[31mFAIL           \u{1B}[0m"))
        XCTAssertTrue(coloured.contains("\u{1B}[1m\u{1B}[31mNOT READY\u{1B}[0m\u{1B}[0m"))
    }

    func testControlCharactersFromInputsNeverReachTheTerminal() {
        var report = SampleReport.report(with: [.fail])
        report.findings[0].message = "evil\u{1B}]0;title\u{07} name"
        report.findings[0].evidence = [.object("Pod/x\u{1B}[2J", in: "c.json", detail: nil)]
        let text = TextReportRenderer.render(report)
        XCTAssertFalse(text.contains("\u{1B}"))
        XCTAssertFalse(text.contains("\u{07}"))
    }
}
