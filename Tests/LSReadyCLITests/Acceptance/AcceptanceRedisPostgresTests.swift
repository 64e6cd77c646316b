import Foundation
import XCTest

/// Sections 1 (Redis) and 2 (PostgreSQL), from CATALOG.md.
final class AcceptanceRedisPostgresTests: XCTestCase {
    // MARK: redis.external

    func testInChartRedisIsAtRiskInProduction() throws {
        let run = try Acceptance.audit(values: "config:\n  langsmithLicenseKey: \"\"\n")
        XCTAssertEqual(run.status("redis.external"), "at-risk", run.message("redis.external"))
    }

    func testExternalRedisPasses() throws {
        let run = try Acceptance.audit(values: "redis:\n  external:\n    enabled: true\n    existingSecretName: redis-conn\n")
        XCTAssertEqual(run.status("redis.external"), "pass", run.message("redis.external"))
    }

    func testRedisExternalIsNotApplicableUnderDev() throws {
        let run = try Acceptance.audit(values: "redis:\n  external:\n    enabled: false\n", ["--profile", "dev"])
        XCTAssertEqual(run.status("redis.external"), "not-applicable")
    }

    func testClusterWithoutRedisStatefulSetWhileLangSmithRunsPasses() throws {
        // Values leave Redis in-chart, but the cluster shows LangSmith running with no chart Redis.
        let cluster = Kube.list([Kube.node()] + Kube.langsmithDeployments() + [Kube.statefulSet("clickhouse"), Kube.statefulSet("postgres")])
        let run = try Acceptance.audit(values: "config:\n  authType: mixed\n", cluster: cluster)
        XCTAssertEqual(run.status("redis.external"), "pass", run.message("redis.external"))
    }

    func testClusterRedisStatefulSetDecidesOverValues() throws {
        // Values claim external Redis; the cluster still runs the chart's Redis StatefulSet.
        let cluster = Kube.list([Kube.node()] + Kube.langsmithDeployments() + [Kube.statefulSet("redis")])
        let run = try Acceptance.audit(values: "redis:\n  external:\n    enabled: true\n", cluster: cluster)
        XCTAssertEqual(run.status("redis.external"), "at-risk", run.message("redis.external"))
        XCTAssertTrue(run.evidenceText("redis.external").contains("StatefulSet/langsmith-redis"), run.evidenceText("redis.external"))
    }

    // MARK: redis.runs-expiry

    func testRunsExpiryChartDefaultStringPasses() throws {
        XCTAssertEqual(try Acceptance.audit().status("redis.runs-expiry"), "pass")
    }

    func testRunsExpiryBoundaries() throws {
        let cases: [(String, String)] = [
            ("\"21600\"", "pass"), ("21600", "pass"), ("21601", "pass"), ("\"21599\"", "at-risk"), ("21599", "at-risk"),
            ("\"3600\"", "at-risk"), ("86400", "pass"), ("21600.0", "pass"), ("2.16e4", "pass"), ("2.1599e4", "at-risk"),
        ]
        for (written, expected) in cases {
            let run = try Acceptance.audit(values: "config:\n  settings:\n    redisRunsExpirySeconds: \(written)\n")
            XCTAssertEqual(run.status("redis.runs-expiry"), expected, "\(written): \(run.message("redis.runs-expiry"))")
        }
    }

    func testRunsExpiryAppliesUnderDevToo() throws {
        let run = try Acceptance.audit(values: "config:\n  settings:\n    redisRunsExpirySeconds: \"600\"\n", ["--profile", "dev"])
        XCTAssertEqual(run.status("redis.runs-expiry"), "at-risk")
        let located = run.evidence("redis.runs-expiry").first { $0["file"]?.string == "values.yaml" }
        XCTAssertEqual(located?["line"]?.number, 3)
    }

    // MARK: redis.memory-sizing (manual, shows evidence)

    func testMemorySizingIsManualAndShowsInChartRedisMemory() throws {
        let run = try Acceptance.audit(values: "redis:\n  statefulSet:\n    resources:\n      requests:\n        memory: 6Gi\n      limits:\n        memory: 12Gi\n")
        XCTAssertEqual(run.status("redis.memory-sizing"), "manual")
        let text = run.evidenceText("redis.memory-sizing")
        XCTAssertTrue(text.contains("6Gi"), text)
        XCTAssertTrue(text.contains("12Gi"), text)
    }

    // MARK: postgres.external

    func testInChartPostgresIsAtRisk() throws {
        let run = try Acceptance.audit(values: "config:\n  authType: mixed\n")
        XCTAssertEqual(run.status("postgres.external"), "at-risk")
    }

    func testExternalPostgresPasses() throws {
        let run = try Acceptance.audit(values: "postgres:\n  external:\n    enabled: true\n    existingSecretName: pg\n")
        XCTAssertEqual(run.status("postgres.external"), "pass", run.message("postgres.external"))
    }

    func testPostgresExternalNotApplicableUnderDev() throws {
        XCTAssertEqual(try Acceptance.audit(["--profile", "dev"]).status("postgres.external"), "not-applicable")
    }

    func testClusterPostgresStatefulSetDecidesOverValues() throws {
        let cluster = Kube.list([Kube.node()] + Kube.langsmithDeployments() + [Kube.statefulSet("postgres")])
        let run = try Acceptance.audit(values: "postgres:\n  external:\n    enabled: true\n", cluster: cluster)
        XCTAssertEqual(run.status("postgres.external"), "at-risk", run.message("postgres.external"))
    }

    // MARK: manual rules stay manual

    func testManualRulesOfBothSections() throws {
        let run = try Acceptance.audit()
        for id in ["redis.dedicated", "redis.monitoring", "postgres.storage", "postgres.backups", "postgres.connections",
                   "postgres.monitoring", "postgres.operations"] {
            XCTAssertEqual(run.status(id), "manual", id)
        }
    }

    // MARK: generic behaviour

    func testVerdictAndExitCodeFollowTheGate() throws {
        // Defaults: blob storage disabled is a fail → not-ready, exit 1.
        let defaults = try Acceptance.audit()
        XCTAssertEqual(defaults.verdict, "not-ready")
        XCTAssertEqual(defaults.exitCode, .gateFailed)
        XCTAssertEqual(try Acceptance.audit(["--fail-on", "never"]).exitCode, .passed)
        // Dev profile with auth configured and TLS: no fail left, only at-risk/manual → verdict at-risk;
        // gate passes with --fail-on fail, fails with --fail-on at-risk.
        let values = "config:\n  authType: mixed\n  basicAuth:\n    enabled: true\ningress:\n  enabled: true\n  ingressClassName: alb\n  tls:\n    - hosts: [ls.example.com]\n      secretName: ls-tls\n"
        let dev = try Acceptance.audit(values: values, ["--profile", "dev"])
        let fails = (dev.report["findings"]?.items ?? []).filter { $0["status"]?.string == "fail" }.compactMap { $0["id"]?.string }
        if fails.isEmpty {
            XCTAssertEqual(dev.verdict, "at-risk")
            XCTAssertEqual(dev.exitCode, .passed)
            XCTAssertEqual(try Acceptance.audit(values: values, ["--profile", "dev", "--fail-on", "at-risk"]).exitCode, .gateFailed)
        } else {
            XCTAssertEqual(dev.verdict, "not-ready", "\(fails)")
        }
    }

    func testMemorySizingShowsTheChartDefaultsWhenInChart() throws {
        let run = try Acceptance.audit()
        XCTAssertEqual(run.status("redis.memory-sizing"), "manual")
        let text = run.evidenceText("redis.memory-sizing")
        XCTAssertTrue(text.contains("redis.statefulSet.resources.requests.memory") && text.contains("4Gi"), text)
        XCTAssertTrue(text.contains("redis.statefulSet.resources.limits.memory") && text.contains("8Gi"), text)
    }
}
