import XCTest
@testable import LSReadyCore
import TestSupport

final class JUnitReportRendererTests: XCTestCase {
    func testSuitesPerSectionAndCountsMatchTheElements() throws {
        let summary = try JUnitSummary(parsing: JUnitReportRenderer.render(SampleReport.report))
        XCTAssertEqual(summary.suites.map(\.name),
                       ["1. Redis", "2. PostgreSQL", "3. ClickHouse", "4. Blob storage", "7. Networking & proxies", "12. Security baseline"])
        for suite in summary.suites {
            XCTAssertEqual(suite.declared, suite.actual, suite.name)
        }
        XCTAssertEqual(summary.declared, summary.actual)
        // fail ×2 are failures; waived, manual, at-risk, unverified, not-applicable are skipped under --fail-on fail.
        XCTAssertEqual(summary.declared, .init(tests: 8, failures: 2, skipped: 5))
        XCTAssertEqual(summary.suites[0].testcaseNames, ["redis.external: External Redis", "redis.runs-expiry: Runs expiry long enough"])
    }

    func testFailOnAtRiskTurnsAtRiskUnverifiedAndManualIntoFailures() throws {
        let summary = try JUnitSummary(parsing: JUnitReportRenderer.render(SampleReport.report, failOn: .atRisk))
        XCTAssertEqual(summary.declared, .init(tests: 8, failures: 5, skipped: 2))
        XCTAssertEqual(summary.declared, summary.actual)
        let never = try JUnitSummary(parsing: JUnitReportRenderer.render(SampleReport.report, failOn: .never))
        XCTAssertEqual(never.declared, .init(tests: 8, failures: 2, skipped: 5), "a fail is a failure whatever the gate")
    }

    func testOutcomesPerStatus() {
        XCTAssertEqual(Status.allCases.map { JUnitReportRenderer.outcome(of: $0, failOn: .fail) },
                       [.passed, .failure, .skipped, .skipped, .skipped, .skipped, .skipped])
        XCTAssertEqual(Status.allCases.map { JUnitReportRenderer.outcome(of: $0, failOn: .atRisk) },
                       [.passed, .failure, .failure, .failure, .failure, .skipped, .skipped])
    }

    func testTextIsEscapedAndTheFailureCarriesEvidenceAndFix() throws {
        let xml = JUnitReportRenderer.render(SampleReport.report)
        XCTAssertTrue(xml.contains(#"message="fail: nginx.ingress.kubernetes.io/proxy-body-size is &quot;10m&quot;: 100% of a 25M payload won't fit,&#10;and uploads fail with 413.""#), xml)
        XCTAssertTrue(xml.contains("Evidence: values.yaml:7:3 clickhouse.external.enabled: false\nEvidence: StatefulSet/langsmith-clickhouse in cluster.json: 1 replica\nFix: Fix clickhouse.replicated.</failure>"))
        XCTAssertTrue(xml.contains("below 7000 IOPS &amp; 1000 MiB/s &lt;per volume&gt;."))
        XCTAssertEqual(JUnitReportRenderer.text("bell\u{07}"), "bell\u{FFFD}")
    }

    func testAnEmptyReportIsValidJUnit() throws {
        let summary = try JUnitSummary(parsing: JUnitReportRenderer.render(SampleReport.report(with: [])))
        XCTAssertEqual(summary.declared, .init(tests: 0, failures: 0, skipped: 0))
        XCTAssertTrue(summary.suites.isEmpty)
    }
}
