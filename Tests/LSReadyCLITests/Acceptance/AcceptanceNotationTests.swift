import Foundation
import XCTest

/// Number, size and scalar notations at the boundaries of section 1, 4, 7 and 14 rules.
final class AcceptanceNotationTests: XCTestCase {
    func testRunsExpiryIntegerNotations() throws {
        let cases: [(String, String)] = [
            ("0x5460", "pass"),      // 21600 in hex
            ("0x545F", "at-risk"),   // 21599
            ("21_600", "pass"),      // go-yaml v2 drops underscores
            ("052140", "pass"),      // leading 0: octal 21600
            ("052137", "at-risk"),   // octal 21599
            ("+21600", "pass"),
            ("-21600", "at-risk"),
        ]
        for (written, expected) in cases {
            let run = try Acceptance.audit(values: "config:\n  settings:\n    redisRunsExpirySeconds: \(written)\n")
            XCTAssertEqual(run.status("redis.runs-expiry"), expected, "\(written): \(run.message("redis.runs-expiry"))")
        }
    }

    func testMaxPayloadNotations() throws {
        let cases: [(String, String)] = [("25600k", "pass"), ("25600K", "pass"), ("26214400", "pass"), ("26214401", "at-risk"), ("25601k", "at-risk")]
        for (payload, expected) in cases {
            let run = try Acceptance.audit(values: "{}\n", ["--max-payload", payload])
            XCTAssertEqual(run.status("network.max-body-size"), expected, "\(payload): \(run.message("network.max-body-size"))")
        }
    }

    func testShorterFrontendTimeoutLowersTheBar() throws {
        let values = "ingress:\n  enabled: true\n  ingressClassName: alb\nfrontend:\n  proxyReadTimeout: \"60\"\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("network.proxy-timeouts"), "pass")
        let above = "ingress:\n  enabled: true\n  ingressClassName: alb\nfrontend:\n  proxyReadTimeout: \"61\"\n"
        XCTAssertEqual(try Acceptance.audit(values: above).status("network.proxy-timeouts"), "at-risk")
    }

    func testNullDeletesTheChartDefaultApiURL() throws {
        let values = "config:\n  blobStorage:\n    enabled: true\n    bucketName: traces\n    apiURL: null\n"
        let run = try Acceptance.audit(values: values)
        XCTAssertEqual(run.status("blob.configured"), "fail", run.message("blob.configured"))
        XCTAssertTrue(run.message("blob.configured").contains("apiURL"), run.message("blob.configured"))
    }

    func testIntegerTypes() throws {
        XCTAssertEqual(try Acceptance.audit(values: "backend:\n  deployment:\n    replicas: \"3\"\n").status("values.types"), "fail")
        XCTAssertEqual(try Acceptance.audit(values: "backend:\n  deployment:\n    replicas: 0x3\n").status("values.types"), "pass")
        XCTAssertEqual(try Acceptance.audit(values: "backend:\n  deployment:\n    replicas: 3\n").status("values.types"), "pass")
    }

    func testQuotedBooleanInClickHouseSectionFails() throws {
        let run = try Acceptance.audit(values: "clickhouse:\n  statefulSet:\n    persistence:\n      enabled: \"false\"\n")
        XCTAssertEqual(run.status("values.types"), "fail")
        XCTAssertTrue(run.message("values.types").contains("clickhouse.statefulSet.persistence.enabled"), run.message("values.types"))
    }

    func testUnknownKeySuggestionsByCase() throws {
        let run = try Acceptance.audit(values: "frontend:\n  maxbodysize: 100M\n")
        XCTAssertEqual(run.status("values.unknown-keys"), "at-risk")
        XCTAssertTrue(run.message("values.unknown-keys").contains("maxBodySize"), run.message("values.unknown-keys"))
        let nested = try Acceptance.audit(values: "config:\n  blobstorage:\n    enabled: true\n")
        XCTAssertEqual(nested.status("values.unknown-keys"), "at-risk")
        XCTAssertTrue(nested.message("values.unknown-keys").contains("blobStorage"), nested.message("values.unknown-keys"))
    }
}
