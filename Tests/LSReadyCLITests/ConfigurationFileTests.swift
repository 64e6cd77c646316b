import XCTest
@testable import LSReadyCLI
import LSReadyCore
import TestSupport

/// `.lsready.yaml` through `lsready audit`: waivers, attestations, options,
/// and the verdict and exit code they lead to. The rules are fixed (a fail, an
/// at-risk, a manual item and a pass) so that only the configuration varies.
final class ConfigurationFileTests: XCTestCase {
    static let rules: [any Rule] = [
        FixedRule(SampleReport.redis, .atRisk("redis.external.enabled is false: in-chart Redis.")),
        FixedRule(SampleReport.expiry, .pass("Runs expire after 21600 seconds.")),
        FixedRule(SampleReport.backups, .manual("Needs sign-off: backups enabled and a restore tested.")),
        FixedRule(SampleReport.blob, .fail("config.blobStorage.enabled is false.")),
    ]

    var directory: TemporaryDirectory!

    override func setUpWithError() throws {
        try XCTSkipUnless(YAMLReaderAvailability.isReal, YAMLReaderAvailability.skipMessage)
        directory = try TemporaryDirectory()
        try directory.write("values.yaml", "config:\n  authType: mixed\n")
    }

    func audit(_ arguments: String..., config: String? = nil) throws -> CommandHarness.Result {
        if let config { try directory.write(".lsready.yaml", config) }
        let harness = CommandHarness(in: directory.url, environment: ["LSREADY_TODAY": "2026-11-29"], rules: Self.rules)
        return harness.run(["audit", "values.yaml"] + arguments)
    }

    func report(_ result: CommandHarness.Result) throws -> Node {
        try JSONReader.parse(Array(result.standardOutput.utf8), file: "report.json")
    }

    func statuses(_ result: CommandHarness.Result) throws -> [String] {
        try (report(result)["findings"]?.items ?? []).compactMap { $0["status"]?.string }
    }

    static let waivers = """
        waivers:
          - rule: blob.enabled
            reason: "bucket provisioning tracked in INFRA-123"
            owner: platform-team
            expires: 2027-03-31
          - rule: redis.external
            reason: low write volume
            owner: platform-team
            expires: 2026-11-29
        """

    static let attestation = """
        attestations:
          - rule: postgres.backups
            by: jane@example.com
            date: 2026-11-20
            evidence: https://wiki.example.com/runbooks/pg-restore
        """

    func testWithoutConfigurationTheFailGates() throws {
        let result = try audit("--format", "json")
        XCTAssertEqual(result.exitCode, .gateFailed)
        XCTAssertEqual(try statuses(result), ["at-risk", "pass", "manual", "fail"])
        XCTAssertEqual(try report(result)["verdict"]?.string, "not-ready")
    }

    func testValidWaiversTurnFailAndAtRiskIntoWaived() throws {
        let result = try audit("--format", "json", config: Self.waivers)
        XCTAssertEqual(result.exitCode, .passed, result.standardError)
        XCTAssertEqual(try statuses(result), ["waived", "pass", "manual", "waived"], "a waiver applies through its expiry day")
        let json = try report(result)
        XCTAssertEqual(json["verdict"]?.string, "at-risk", "the manual item still needs sign-off")
        XCTAssertEqual(json.at("summary.waived")?.number, 2)
        let decision = json["findings"]?.items?[3]["decision"]
        XCTAssertEqual(decision?["kind"]?.string, "waiver")
        XCTAssertEqual(decision?["reason"]?.string, "bucket provisioning tracked in INFRA-123")
        XCTAssertEqual(decision?["owner"]?.string, "platform-team")
        XCTAssertEqual(decision?["expires"]?.string, "2027-03-31")
        XCTAssertEqual(decision?["originalStatus"]?.string, "fail")
        let inputs = json["inputs"]?.items?.map { "\($0["path"]?.string ?? "") \($0["kind"]?.string ?? "")" }
        XCTAssertEqual(inputs, ["values.yaml values", ".lsready.yaml config"])

        XCTAssertEqual(try audit("--fail-on", "at-risk").exitCode, .gateFailed, "manual still gates under --fail-on at-risk")
        let text = try audit("--format", "text")
        XCTAssertTrue(text.standardOutput.contains("decision: waived (was fail) by platform-team until 2027-03-31: bucket provisioning tracked in INFRA-123"),
                      text.standardOutput)
    }

    func testAttestationTurnsManualIntoPassAndTheVerdictIntoReady() throws {
        let result = try audit("--format", "json", "--fail-on", "at-risk", config: Self.waivers + "\n" + Self.attestation)
        XCTAssertEqual(result.exitCode, .passed, result.standardError)
        XCTAssertEqual(try statuses(result), ["waived", "pass", "pass", "waived"])
        let json = try report(result)
        XCTAssertEqual(json["verdict"]?.string, "ready")
        let backups = json["findings"]?.items?[2]
        XCTAssertTrue(backups?["message"]?.string?.hasPrefix("Attested by jane@example.com on 2026-11-20.") == true)
        XCTAssertEqual(backups?.at("decision.kind")?.string, "attestation")
        XCTAssertEqual(backups?.at("decision.evidence")?.string, "https://wiki.example.com/runbooks/pg-restore")
        let markdown = try audit(config: nil)
        XCTAssertTrue(markdown.standardOutput.contains("- Decision: attested by jane@example.com on 2026-11-20 — https://wiki.example.com/runbooks/pg-restore"))
    }

    func testAnExpiredWaiverDoesNotApplyAndTheReportSaysSo() throws {
        let config = """
            waivers:
              - rule: blob.enabled
                reason: temporary
                owner: platform-team
                expires: 2026-11-28
            """
        let result = try audit("--format", "json", config: config)
        XCTAssertEqual(result.exitCode, .gateFailed)
        XCTAssertEqual(try statuses(result), ["at-risk", "pass", "manual", "fail"])
        let blob = try report(result)["findings"]?.items?[3]
        XCTAssertEqual(blob?.at("decision.kind")?.string, "expired-waiver")
        XCTAssertTrue(blob?["message"]?.string?.contains("A waiver by platform-team expired on 2026-11-28 and no longer applies") == true)
        XCTAssertTrue(result.standardError.contains("lsready: warning: the waiver of blob.enabled (owner platform-team) expired on 2026-11-28; the finding counts as fail"),
                      result.standardError)
        XCTAssertFalse(try audit("-q", config: config).standardError.contains("expired"), "-q silences warnings")
    }

    func testInvalidEntriesAreInputErrorsNamingFileLineAndColumn() throws {
        let cases: [(String, String)] = [
            ("waivers:\n  - rule: blob.enabeld\n    reason: r\n    expires: 2027-01-01\n",
             "lsready: .lsready.yaml:2:11: error: unknown rule 'blob.enabeld' in waiver (did you mean 'blob.enabled'? 'lsready rules' lists the ids)\n"),
            ("waivers:\n  - rule: blob.enabled\n    owner: me\n    expires: 2027-01-01\n",
             "lsready: .lsready.yaml:2:5: error: waiver without 'reason': say why the finding is accepted\n"),
            ("waivers:\n  - rule: blob.enabled\n    reason: r\n",
             "lsready: .lsready.yaml:2:5: error: waiver without 'expires': a waiver must end; give a YYYY-MM-DD date\n"),
            ("waivers:\n  - rule: blob.enabled\n    reason: r\n    expires: next year\n",
             "lsready: .lsready.yaml:4:14: error: expires 'next year' is not a date written YYYY-MM-DD\n"),
            ("attestations:\n  - rule: postgres.backups\n    date: 2026-11-20\n",
             "lsready: .lsready.yaml:2:5: error: attestation without 'by': name who signed it off\n"),
        ]
        for (config, message) in cases {
            let result = try audit(config: config)
            XCTAssertEqual(result.exitCode, .inputError, config)
            XCTAssertEqual(result.standardError, message)
            XCTAssertEqual(result.standardOutput, "", "no report on an input error")
        }
    }

    func testUsageErrorsComeBeforeTheConfigurationIsRead() throws {
        try directory.write(".lsready.yaml", "waivers: 3\n")
        let harness = CommandHarness(in: directory.url, rules: Self.rules)
        XCTAssertEqual(harness.run("audit").exitCode, .usage)
        XCTAssertEqual(harness.run("audit", "values.yaml", "--profile", "staging").exitCode, .usage)
        XCTAssertEqual(harness.run("audit", "values.yaml").exitCode, .inputError)
    }

    func testExplicitConfigFileAndMissingOne() throws {
        try directory.write("ci/lsready.yaml", Self.attestation)
        let result = try audit("--config", "ci/lsready.yaml", "--format", "json")
        XCTAssertEqual(try statuses(result), ["at-risk", "pass", "pass", "fail"])
        XCTAssertTrue(result.standardOutput.contains("\"path\": \"ci/lsready.yaml\""))
        let missing = try audit("--config", "nope.yaml")
        XCTAssertEqual(missing.exitCode, .inputError)
        XCTAssertEqual(missing.standardError, "lsready: nope.yaml: error: no such configuration file\n")
    }

    func testOptionsInTheFileApplyUnlessTheCommandLineGivesThem() throws {
        let config = "profile: dev\nplatform: gke\nchartVersion: 0.13.0\n"
        let fromFile = try report(try audit("--format", "json", config: config))
        XCTAssertEqual(fromFile["profile"]?.string, "dev")
        XCTAssertEqual(fromFile["platform"]?.string, "gke")
        XCTAssertEqual(fromFile["chartVersion"]?.string, "0.13.0")
        let overridden = try report(try audit("--format", "json", "--profile", "production", "--platform", "aks",
                                              "--chart-version", "0.16.11"))
        XCTAssertEqual(overridden["profile"]?.string, "production")
        XCTAssertEqual(overridden["platform"]?.string, "aks")
        XCTAssertEqual(overridden["chartVersion"]?.string, "0.16.11")
    }
}
