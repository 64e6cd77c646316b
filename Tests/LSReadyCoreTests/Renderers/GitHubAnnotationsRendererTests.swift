import XCTest
@testable import LSReadyCore
import TestSupport

final class GitHubAnnotationsRendererTests: XCTestCase {
    func testOneCommandPerFindingThatNeedsAttention() {
        let lines = GitHubAnnotationsRenderer.render(SampleReport.report, paths: ReportPaths(workingDirectory: "/repo"))
            .split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 6)
        XCTAssertEqual(lines[0], "::notice title=postgres.backups::PostgreSQL backups enabled and tested — manual: Needs sign-off: confirm that automated backups are enabled and a restore was tested. Fix: Fix postgres.backups.")
        XCTAssertEqual(lines[1], "::error file=values.yaml,line=7,col=3,title=clickhouse.replicated::ClickHouse replicated — fail: In-chart ClickHouse runs a single replica; production needs 3. Fix: Fix clickhouse.replicated.")
        XCTAssertTrue(lines[2].hasPrefix("::warning title=clickhouse.storage-performance::"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("::warning title=blob.enabled::"), lines[3])
        XCTAssertEqual(lines[4], "::error file=dir with space/values%2Cprod.yaml,line=40,col=7,title=network.max-body-size::Proxies accept the largest payload — fail: nginx.ingress.kubernetes.io/proxy-body-size is \"10m\": 100%25 of a 25M payload won't fit,%0Aand uploads fail with 413. Fix: Fix network.max-body-size.")
        XCTAssertEqual(lines[5], "lsready: NOT READY — 1 pass · 2 fail · 1 at-risk · 1 unverified · 1 manual · 1 not-applicable · 1 waived")
    }

    func testEscaping() {
        XCTAssertEqual(GitHubAnnotationsRenderer.escapeData("a%b\r\nc:d,e"), "a%25b%0D%0Ac:d,e")
        XCTAssertEqual(GitHubAnnotationsRenderer.escapeProperty("a%b\r\nc:d,e"), "a%25b%0D%0Ac%3Ad%2Ce")
    }

    func testCommandsPerStatus() {
        XCTAssertEqual(Status.allCases.map(GitHubAnnotationsRenderer.command(for:)),
                       [nil, "error", "warning", "warning", "notice", nil, nil])
    }
}
