import Foundation
import XCTest

/// Section 14 (Values hygiene), from CATALOG.md.
final class AcceptanceValuesHygieneTests: XCTestCase {
    // MARK: values.types

    func testChartDefaultsAndRealBooleansPass() throws {
        XCTAssertEqual(try Acceptance.audit().status("values.types"), "pass")
        let spelled = "config:\n  blobStorage:\n    enabled: yes\n    bucketName: traces\nredis:\n  external:\n    enabled: True\n"
        XCTAssertEqual(try Acceptance.audit(values: spelled).status("values.types"), "pass")
    }

    func testQuotedFalseFailsNamingKeyAndLocation() throws {
        let run = try Acceptance.audit(values: "config:\n  blobStorage:\n    enabled: \"false\"\n")
        XCTAssertEqual(run.status("values.types"), "fail")
        XCTAssertTrue(run.message("values.types").contains("config.blobStorage.enabled"), run.message("values.types"))
        let located = run.evidence("values.types").first { $0["file"]?.string == "values.yaml" }
        XCTAssertEqual(located?["line"]?.number, 3)
        XCTAssertNotNil(located?["column"]?.number)
    }

    func testOtherCasingsAreStrings() throws {
        // go-yaml v2: only the listed spellings are booleans; `FaLsE` is a string.
        let run = try Acceptance.audit(values: "redis:\n  external:\n    enabled: FaLsE\n")
        XCTAssertEqual(run.status("values.types"), "fail", run.message("values.types"))
    }

    func testQuotedIntegerFails() throws {
        let run = try Acceptance.audit(values: "backend:\n  autoscaling:\n    hpa:\n      enabled: true\n      maxReplicas: \"10\"\n")
        XCTAssertEqual(run.status("values.types"), "fail", run.message("values.types"))
        XCTAssertTrue(run.message("values.types").contains("backend.autoscaling.hpa.maxReplicas"), run.message("values.types"))
    }

    func testSetTypedBooleanPasses() throws {
        let run = try Acceptance.audit(["--set", "config.blobStorage.enabled=true", "--set", "config.blobStorage.bucketName=traces"])
        XCTAssertEqual(run.status("values.types"), "pass")
    }

    // MARK: values.unknown-keys

    func testCatalogExamplesSuggestTheRightKey() throws {
        let run = try Acceptance.audit(values: "config:\n  blobStorage:\n    apiUrl: https://s3.amazonaws.com\n")
        XCTAssertEqual(run.status("values.unknown-keys"), "at-risk")
        XCTAssertTrue(run.message("values.unknown-keys").contains("apiURL"), run.message("values.unknown-keys"))
        let clickhouse = try Acceptance.audit(values: "clickhouse:\n  statefulset:\n    persistence:\n      size: 100Gi\n")
        XCTAssertEqual(clickhouse.status("values.unknown-keys"), "at-risk")
        XCTAssertTrue(clickhouse.message("values.unknown-keys").contains("statefulSet"), clickhouse.message("values.unknown-keys"))
    }

    func testUnknownTopLevelKeyIsAtRisk() throws {
        let run = try Acceptance.audit(values: "bakend:\n  deployment:\n    replicas: 3\n")
        XCTAssertEqual(run.status("values.unknown-keys"), "at-risk")
        XCTAssertTrue(run.message("values.unknown-keys").contains("backend"), run.message("values.unknown-keys"))
    }

    func testUnknownKeyHasLocation() throws {
        let run = try Acceptance.audit(values: "config:\n  blobStorage:\n    apiUrl: https://s3.amazonaws.com\n")
        let located = run.evidence("values.unknown-keys").first { $0["file"]?.string == "values.yaml" }
        XCTAssertEqual(located?["line"]?.number, 3)
    }

    func testFreeFormMapsAreNotChecked() throws {
        let values = """
        backend:
          deployment:
            annotations:
              anything.example.com/whatever: "x"
            labels:
              team: platform
            nodeSelector:
              pool: langsmith
            resources:
              requests:
                cpu: 2
                ephemeral-storage: 1Gi
            extraEnv:
              - name: FOO
                value: bar
          serviceAccount:
            annotations:
              eks.amazonaws.com/role-arn: arn:aws:iam::1:role/x
        ingress:
          enabled: true
          annotations:
            my.custom/annotation: "y"

        """
        let run = try Acceptance.audit(values: values)
        XCTAssertEqual(run.status("values.unknown-keys"), "pass", run.message("values.unknown-keys"))
    }

    func testKnownKeysPass() throws {
        let values = "config:\n  blobStorage:\n    enabled: true\n    apiURL: https://s3.amazonaws.com\n    bucketName: b\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("values.unknown-keys"), "pass")
    }

    // MARK: values.legacy-keys

    func testLegacyAutoscalingKeyOnNewChartIsAtRisk() throws {
        let run = try Acceptance.audit(values: "backend:\n  autoscaling:\n    enabled: true\n", ["--chart-version", "0.13.0"])
        XCTAssertEqual(run.status("values.legacy-keys"), "at-risk")
        XCTAssertTrue(run.message("values.legacy-keys").contains("autoscaling.hpa.enabled"), run.message("values.legacy-keys"))
        XCTAssertTrue((run.message("values.legacy-keys") + run.evidenceText("values.legacy-keys")).contains("backend.autoscaling.enabled"))
    }

    func testLegacyAutoscalingKeyOnOldChartPasses() throws {
        let run = try Acceptance.audit(values: "backend:\n  autoscaling:\n    enabled: true\n", ["--chart-version", "0.12.37"])
        XCTAssertEqual(run.status("values.legacy-keys"), "pass", run.message("values.legacy-keys"))
    }

    func testNewKeysOnNewChartPass() throws {
        let run = try Acceptance.audit(values: "backend:\n  autoscaling:\n    hpa:\n      enabled: true\n")
        XCTAssertEqual(run.status("values.legacy-keys"), "pass")
    }

    func testMixedShapesDetectNewChart() throws {
        // Values with an autoscaling.hpa map → chart ≥ 0.13, so a sibling autoscaling.enabled is legacy.
        let values = "backend:\n  autoscaling:\n    hpa:\n      enabled: true\nqueue:\n  autoscaling:\n    enabled: true\n"
        let run = try Acceptance.audit(values: values)
        XCTAssertEqual(run.status("values.legacy-keys"), "at-risk", run.message("values.legacy-keys"))
        XCTAssertTrue((run.message("values.legacy-keys") + run.evidenceText("values.legacy-keys")).contains("queue.autoscaling.enabled"))
    }
}
