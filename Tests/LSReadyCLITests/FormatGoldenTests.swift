import XCTest
@testable import LSReadyCLI
import LSReadyCore
import TestSupport

/// Every report format on one audit (`Fixtures/formats/`), compared byte for
/// byte with its golden file. The rules are fixed (see the fixture's README),
/// their values evidence located in the fixture's real `values.yaml`.
final class FormatGoldenTests: XCTestCase {
    static let folder = ProjectPaths.fixtures.appendingPathComponent("formats")

    /// The command-line additions of each golden, after the fixture's `args`.
    static let goldens: [(arguments: [String], file: String, exit: ExitCode)] = [
        (["--format", "markdown"], "expected.md", .gateFailed),
        (["--format", "json"], "expected.json", .gateFailed),
        (["--format", "sarif"], "expected.sarif", .gateFailed),
        (["--format", "junit"], "expected.junit.xml", .gateFailed),
        (["--format", "junit", "--fail-on", "at-risk"], "expected.fail-on-at-risk.junit.xml", .gateFailed),
        (["--format", "github"], "expected.github.txt", .gateFailed),
        (["--format", "text"], "expected.txt", .gateFailed),
        (["--format", "text", "-v"], "expected.verbose.txt", .gateFailed),
        (["--format", "text", "-q"], "expected.quiet.txt", .gateFailed),
        (["--format", "text", "--fail-on", "never", "-q"], "expected.quiet.txt", .passed),
    ]

    /// One rule per status and kind of evidence, with the evidence where the fixture's files put it.
    static func rules() throws -> [any Rule] {
        let values = try YAMLLoader.loadValuesFile(Array(Data(contentsOf: folder.appendingPathComponent("values.yaml"))),
                                                   file: "values.yaml")
        func setting(_ path: String) throws -> Evidence {
            let node = try XCTUnwrap(values.at(path), path)
            return .setting(path, at: node.location, detail: node.bool.map { $0 ? "true" : "false" } ?? node.string)
        }
        let proxyBodySize = try XCTUnwrap(values["ingress"]?["annotations"]?["nginx.ingress.kubernetes.io/proxy-body-size"])
        func metadata(_ id: String, _ title: String, _ section: Section, _ level: Level) -> RuleMetadata {
            SampleReport.metadata(id, title, section: section, level: level)
        }
        return [
            FixedRule(metadata("redis.external", "External Redis", .redis, .recommended),
                      .atRisk("redis.external.enabled is false: the chart runs a single in-cluster Redis.", evidence: [try setting("redis.external.enabled")])),
            FixedRule(metadata("redis.runs-expiry", "Runs kept long enough in Redis", .redis, .recommended),
                      .pass("Runs expire after 21600 seconds (the chart default), enough for the queue to process them.",
                            evidence: [.setting("config.settings.redisRunsExpirySeconds", at: .chartDefault, detail: "21600")])),
            FixedRule(metadata("postgres.backups", "PostgreSQL backups enabled and tested", .postgres, .manual),
                      .manual("Needs sign-off: confirm that automated PostgreSQL backups are enabled and a restore was tested.")),
            FixedRule(metadata("postgres.monitoring", "PostgreSQL monitored", .postgres, .manual),
                      .manual("Needs sign-off: confirm that active connections, saturation and slow queries are monitored.")),
            FixedRule(metadata("clickhouse.replicated", "ClickHouse replicated", .clickhouse, .required),
                      .fail("In-chart ClickHouse runs one replica; production needs at least 3.",
                            evidence: [try setting("clickhouse.external.enabled"),
                                       .object("StatefulSet/langsmith-clickhouse", in: "cluster.json", detail: "1 replica")])),
            FixedRule(metadata("clickhouse.storage-performance", "ClickHouse volumes fast enough", .clickhouse, .recommended),
                      .atRisk("gp2, 100Gi: 300 IOPS and 250 MiB/s, below 7000 IOPS & 1000 MiB/s per volume.",
                              evidence: [.object("PersistentVolumeClaim/data-langsmith-clickhouse-0", in: "cluster.json", detail: "StorageClass gp2, 100Gi")])),
            FixedRule(metadata("blob.enabled", "Blob storage enabled", .blobStorage, .required),
                      .fail("config.blobStorage.enabled is set to false; production requires blob storage for trace payloads.",
                            evidence: [try setting("config.blobStorage.enabled")])),
            FixedRule(metadata("blob.credentials", "Blob credentials without static keys", .blobStorage, .recommended),
                      .unverified("How pods reach the bucket is decided by the service account; supply the cluster's ServiceAccounts.",
                                  evidence: [.note("no ServiceAccount in the cluster dump")])),
            FixedRule(metadata("network.max-body-size", "Proxies accept the largest payload", .networking, .required),
                      .pass("Every proxy accepts the largest payload: proxy-body-size \"100m\" ≥ 25M & <nothing> caps it lower.",
                            evidence: [.setting("ingress.annotations.nginx.ingress.kubernetes.io/proxy-body-size", at: proxyBodySize.location, detail: "100m"),
                                       .setting("ingress.hostname", at: .commandLine("ingress.hostname=langsmith.example.com"), detail: "langsmith.example.com")])),
            FixedRule(metadata("security.waf", "A WAF in front of the entry point", .security, .recommended),
                      .notApplicable("The ingress is private: no WAF is needed.")),
        ]
    }

    func testEveryFormatMatchesItsGolden() throws {
        try XCTSkipUnless(YAMLReaderAvailability.isReal, YAMLReaderAvailability.skipMessage)
        let arguments = try String(contentsOf: Self.folder.appendingPathComponent("args"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let harness = CommandHarness(in: Self.folder, environment: ["LSREADY_TODAY": "2026-11-29"], rules: try Self.rules())
        for golden in Self.goldens {
            let result = harness.run(["audit"] + arguments + golden.arguments)
            XCTAssertEqual(result.exitCode, golden.exit, "\(golden.arguments): \(result.standardError)")
            let warning = "lsready: warning: the waiver of blob.enabled (owner storage-team) expired on 2026-10-01; the finding counts as fail\n"
            XCTAssertEqual(result.standardError.contains(warning), !golden.arguments.contains("-q"), "\(golden.arguments): \(result.standardError)")
            if let problem = GoldenFile.problem(result.standardOutput, against: Self.folder.appendingPathComponent(golden.file),
                                                name: "formats/\(golden.file)") {
                XCTFail(problem)
            }
        }
    }

    func testTheSARIFGoldenValidatesAgainstTheSchema() {
        let sarif = Self.folder.appendingPathComponent("expected.sarif")
        if case .invalid(let problems) = SARIFValidation.validate([sarif], test: #function) { XCTFail(problems) }
    }

    func testTheJUnitGoldensCountWhatTheReportHolds() throws {
        // 10 rules: 2 fail, 2 at-risk (one waived), 1 unverified, 2 manual (one attested), 2 pass, 1 not-applicable.
        let failOnFail = try JUnitSummary(parsing: String(contentsOf: Self.folder.appendingPathComponent("expected.junit.xml"), encoding: .utf8))
        XCTAssertEqual(failOnFail.declared, .init(tests: 10, failures: 2, skipped: 5))
        XCTAssertEqual(failOnFail.actual, failOnFail.declared)
        for suite in failOnFail.suites { XCTAssertEqual(suite.declared, suite.actual, suite.name) }
        let failOnAtRisk = try JUnitSummary(parsing: String(contentsOf: Self.folder.appendingPathComponent("expected.fail-on-at-risk.junit.xml"), encoding: .utf8))
        XCTAssertEqual(failOnAtRisk.declared, .init(tests: 10, failures: 5, skipped: 2))
        XCTAssertEqual(failOnAtRisk.actual, failOnAtRisk.declared)
    }
}

