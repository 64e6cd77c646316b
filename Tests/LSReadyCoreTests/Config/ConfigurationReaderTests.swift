import XCTest
@testable import LSReadyCore
import TestSupport

final class ConfigurationReaderTests: XCTestCase {
    let ids = ["redis.external", "postgres.backups", "blob.enabled", "clickhouse.replicated"]

    func read(_ text: String) throws -> LSReadyConfiguration {
        try ConfigurationReader.read(Array(text.utf8), path: ".lsready.yaml", ruleIDs: ids)
    }

    func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try read(text)
            XCTFail("expected an input error", file: file, line: line)
            return ""
        } catch let error as InputError {
            return error.description
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
            return ""
        }
    }

    func testTheExampleOfTheContract() throws {
        try XCTSkipUnless(YAMLReaderAvailability.isReal, YAMLReaderAvailability.skipMessage)
        let configuration = try read("""
            profile: production
            platform: eks
            chartVersion: 0.16.11
            waivers:                      # turn fail/at-risk into waived, until expiry
              - rule: redis.external
                reason: "low write volume; ElastiCache migration planned"
                owner: platform-team
                expires: 2027-03-31
            attestations:
              - rule: postgres.backups
                by: jane@example.com
                date: 2026-11-20
                evidence: https://wiki.example.com/runbooks/pg-restore
            """)
        XCTAssertEqual(configuration.profile, .production)
        XCTAssertEqual(configuration.platform, .eks)
        XCTAssertEqual(configuration.chartVersion, "0.16.11")
        XCTAssertEqual(configuration.waivers.map(\.rule), ["redis.external"])
        XCTAssertEqual(configuration.waivers.first?.expires, "2027-03-31")
        XCTAssertEqual(configuration.waivers.first?.owner, "platform-team")
        XCTAssertEqual(configuration.waivers.first?.location, SourceLocation(file: ".lsready.yaml", line: 5, column: 5))
        XCTAssertEqual(configuration.attestations, [Attestation(rule: "postgres.backups", by: "jane@example.com", date: "2026-11-20",
                                                                evidence: "https://wiki.example.com/runbooks/pg-restore",
                                                                location: SourceLocation(file: ".lsready.yaml", line: 10, column: 5))])
    }

    func testEmptyFilesAndEmptyListsAreFine() throws {
        XCTAssertEqual(try read(""), LSReadyConfiguration(path: ".lsready.yaml"))
        XCTAssertEqual(try read("# nothing yet\n"), LSReadyConfiguration(path: ".lsready.yaml"))
        XCTAssertEqual(try read("waivers:\nattestations: []\n"), LSReadyConfiguration(path: ".lsready.yaml"))
    }

    func testAWaiverWithoutOwnerIsUnassigned() throws {
        try XCTSkipUnless(YAMLReaderAvailability.isReal, YAMLReaderAvailability.skipMessage)
        let configuration = try read("waivers:\n  - {rule: blob.enabled, reason: later, expires: 2027-01-01}\n")
        XCTAssertEqual(configuration.waivers.first?.owner, "unassigned")
    }

    func testMistakesAreInputErrorsAtTheirLine() throws {
        try XCTSkipUnless(YAMLReaderAvailability.isReal, YAMLReaderAvailability.skipMessage)
        XCTAssertEqual(error("waivers:\n  - rule: redis.externl\n    reason: r\n    expires: 2027-01-01\n"),
                       ".lsready.yaml:2:11: error: unknown rule 'redis.externl' in waiver (did you mean 'redis.external'? 'lsready rules' lists the ids)")
        XCTAssertEqual(error("waivers:\n  - rule: nothing.like-it\n    reason: r\n    expires: 2027-01-01\n"),
                       ".lsready.yaml:2:11: error: unknown rule 'nothing.like-it' in waiver ('lsready rules' lists the ids)")
        XCTAssertEqual(error("waivers:\n  - rule: redis.external\n    expires: 2027-01-01\n"),
                       ".lsready.yaml:2:5: error: waiver without 'reason': say why the finding is accepted")
        XCTAssertEqual(error("waivers:\n  - rule: redis.external\n    reason: r\n"),
                       ".lsready.yaml:2:5: error: waiver without 'expires': a waiver must end; give a YYYY-MM-DD date")
        XCTAssertEqual(error("waivers:\n  - rule: redis.external\n    reason: \"  \"\n    expires: 2027-01-01\n"),
                       ".lsready.yaml:3:13: error: waiver with an empty 'reason': say why the finding is accepted")
        XCTAssertEqual(error("waivers:\n  - rule: redis.external\n    reason: r\n    expires: 2027-02-30\n"),
                       ".lsready.yaml:4:14: error: expires '2027-02-30' is not a date written YYYY-MM-DD")
        XCTAssertEqual(error("waivers:\n  - rule: redis.external\n    reason: r\n    expires: 31/03/2027\n"),
                       ".lsready.yaml:4:14: error: expires '31/03/2027' is not a date written YYYY-MM-DD")
        XCTAssertEqual(error("waivers:\n  - rule: redis.external\n    reason: r\n    expires: 20270331\n"),
                       ".lsready.yaml:4:14: error: expires must be a string, but it is a number")
        XCTAssertEqual(error("waivers:\n  - rule: redis.external\n    reason: r\n    expiry: 2027-01-01\n"),
                       ".lsready.yaml:4:5: error: unknown key 'expiry' in a waiver (did you mean 'expires'?)")
        XCTAssertEqual(error("attestations:\n  - rule: postgres.backups\n    date: 2026-11-20\n"),
                       ".lsready.yaml:2:5: error: attestation without 'by': name who signed it off")
        XCTAssertEqual(error("attestations:\n  - rule: postgres.backups\n    by: jane\n"),
                       ".lsready.yaml:2:5: error: attestation without 'date': give the YYYY-MM-DD date of the sign-off")
        XCTAssertEqual(error("waiver:\n  - rule: redis.external\n"),
                       ".lsready.yaml:1:1: error: unknown key 'waiver' in the configuration (did you mean 'waivers'?)")
        XCTAssertEqual(error("colour: red\n"),
                       ".lsready.yaml:1:1: error: unknown key 'colour' in the configuration (expected one of profile, platform, chartVersion, waivers, attestations)")
        XCTAssertEqual(error("waivers:\n  rule: redis.external\n"),
                       ".lsready.yaml:2:3: error: waivers must be a list of entries (each starting with '- rule:'), but it is a map")
        XCTAssertEqual(error("waivers:\n  - redis.external\n"),
                       ".lsready.yaml:2:5: error: a waiver must be a map with rule, reason, owner, expires, but it is a string")
        XCTAssertEqual(error("profile: staging\n"),
                       ".lsready.yaml:1:10: error: profile 'staging' is not one of production, dev")
        XCTAssertEqual(error("platform: [eks]\n"),
                       ".lsready.yaml:1:11: error: platform must be a string, but it is a list")
        XCTAssertEqual(error("chartVersion: 0.16\n"),
                       ".lsready.yaml:1:15: error: chartVersion must be a string, but it is a number (write the version in quotes, like \"0.16.11\")")
        XCTAssertEqual(error("- profile\n"),
                       ".lsready.yaml:1:1: error: the configuration must be a map (profile, platform, chartVersion, waivers, attestations), but it is a list")
    }

    func testDates() {
        for good in ["2027-03-31", "2024-02-29", "2000-02-29"] { XCTAssertTrue(ConfigurationReader.isDate(good), good) }
        for bad in ["2027-3-31", "2023-02-29", "1900-02-29", "2027-13-01", "2027-00-10", "2027-01-00", "27-01-01", "２０２７-01-01", ""] {
            XCTAssertFalse(ConfigurationReader.isDate(bad), bad)
        }
    }
}
