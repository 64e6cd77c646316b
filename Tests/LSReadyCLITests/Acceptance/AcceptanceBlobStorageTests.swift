import Foundation
import XCTest

/// Section 4 (Blob storage), from CATALOG.md.
final class AcceptanceBlobStorageTests: XCTestCase {
    private func blob(_ body: String) -> String { "config:\n  blobStorage:\n" + body }

    private let workloadIdentity = """
    backend:
      serviceAccount:
        annotations:
          eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/langsmith
    platformBackend:
      serviceAccount:
        annotations:
          eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/langsmith
    queue:
      serviceAccount:
        annotations:
          eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/langsmith

    """

    // MARK: blob.enabled

    func testBlobDisabledByDefaultFailsWithLocation() throws {
        let run = try Acceptance.audit()
        XCTAssertEqual(run.status("blob.enabled"), "fail")
        XCTAssertTrue(run.message("blob.enabled").contains("config.blobStorage.enabled"), run.message("blob.enabled"))
    }

    func testBlobDisabledInUserFileCarriesFileLineColumn() throws {
        let run = try Acceptance.audit(values: blob("    enabled: false\n"))
        XCTAssertEqual(run.status("blob.enabled"), "fail")
        let evidence = run.evidence("blob.enabled").first { $0["file"]?.string == "values.yaml" }
        XCTAssertEqual(evidence?["line"]?.number, 3)
        XCTAssertNotNil(evidence?["column"]?.number)
    }

    func testBlobEnabledPasses() throws {
        let run = try Acceptance.audit(values: blob("    enabled: true\n    bucketName: traces\n"))
        XCTAssertEqual(run.status("blob.enabled"), "pass")
    }

    func testBlobEnabledNotApplicableUnderDev() throws {
        XCTAssertEqual(try Acceptance.audit(["--profile", "dev"]).status("blob.enabled"), "not-applicable")
    }

    // MARK: blob.configured

    func testConfiguredNotApplicableWhenDisabled() throws {
        XCTAssertEqual(try Acceptance.audit().status("blob.configured"), "not-applicable")
    }

    func testConfiguredEngines() throws {
        let cases: [(String, String)] = [
            ("    enabled: true\n    engine: S3\n    bucketName: traces\n", "pass"),  // apiURL: chart default
            ("    enabled: true\n    engine: s3\n    bucketName: traces\n    apiURL: https://s3.eu-west-1.amazonaws.com\n", "pass"),
            ("    enabled: true\n    engine: S3\n", "fail"),  // no bucketName
            ("    enabled: true\n    engine: S3\n    bucketName: traces\n    apiURL: \"\"\n", "fail"),
            ("    enabled: true\n    engine: GCS\n    bucketName: traces\n    apiURL: https://storage.googleapis.com\n", "pass"),
            ("    enabled: true\n    engine: gcs\n    bucketName: \"\"\n", "fail"),
            ("    enabled: true\n    engine: Azure\n    azureStorageContainerName: traces\n    azureStorageAccountName: lsacct\n", "pass"),
            ("    enabled: true\n    engine: azure\n    azureStorageContainerName: traces\n    azureStorageConnectionString: \"DefaultEndpointsProtocol=https;AccountName=x;AccountKey=y\"\n", "pass"),
            ("    enabled: true\n    engine: AZURE\n    azureStorageContainerName: traces\n", "fail"),
            ("    enabled: true\n    engine: Azure\n    azureStorageAccountName: lsacct\n", "fail"),
            ("    enabled: true\n    engine: Minio\n    bucketName: traces\n", "fail"),
            ("    enabled: true\n    engine: \"\"\n    bucketName: traces\n", "fail"),
        ]
        for (body, expected) in cases {
            let run = try Acceptance.audit(values: blob(body))
            XCTAssertEqual(run.status("blob.configured"), expected, "\(body)\(run.message("blob.configured"))")
        }
    }

    func testAzureAccountFromExistingSecretPasses() throws {
        let values = "config:\n  existingSecretName: langsmith-secrets\n  blobStorage:\n    enabled: true\n    engine: Azure\n    azureStorageContainerName: traces\n"
        let run = try Acceptance.audit(values: values)
        XCTAssertEqual(run.status("blob.configured"), "pass", run.message("blob.configured"))
    }

    func testMissingBucketNameIsNamed() throws {
        let run = try Acceptance.audit(values: blob("    enabled: true\n    engine: S3\n"))
        XCTAssertTrue(run.message("blob.configured").contains("bucketName"), run.message("blob.configured"))
    }

    // MARK: blob.credentials

    func testCredentialsNotApplicableWhenDisabled() throws {
        XCTAssertEqual(try Acceptance.audit().status("blob.credentials"), "not-applicable")
    }

    func testStaticKeysAreAtRiskEvenWithWorkloadIdentity() throws {
        let run = try Acceptance.audit(values: workloadIdentity + blob("    enabled: true\n    bucketName: traces\n    accessKey: AKIAEXAMPLE\n    accessKeySecret: s3cr3t-value\n"))
        XCTAssertEqual(run.status("blob.credentials"), "at-risk")
        XCTAssertFalse(run.result.standardOutput.contains("s3cr3t-value"))
        XCTAssertFalse(run.result.standardOutput.contains("AKIAEXAMPLE"))
    }

    func testWorkloadIdentityOnAllThreeServiceAccountsPasses() throws {
        let run = try Acceptance.audit(values: workloadIdentity + blob("    enabled: true\n    bucketName: traces\n"))
        XCTAssertEqual(run.status("blob.credentials"), "pass", run.message("blob.credentials"))
    }

    func testWorkloadIdentityMissingOnQueueIsAtRisk() throws {
        let partial = workloadIdentity.components(separatedBy: "queue:")[0]
        let run = try Acceptance.audit(values: partial + blob("    enabled: true\n    bucketName: traces\n"))
        XCTAssertEqual(run.status("blob.credentials"), "at-risk", run.message("blob.credentials"))
    }

    func testNoKeysAndNoIdentityIsAtRisk() throws {
        let run = try Acceptance.audit(values: blob("    enabled: true\n    bucketName: traces\n"))
        XCTAssertEqual(run.status("blob.credentials"), "at-risk", run.message("blob.credentials"))
    }

    func testKeysInExistingSecretPass() throws {
        let values = "config:\n  existingSecretName: langsmith-secrets\n  blobStorage:\n    enabled: true\n    bucketName: traces\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("blob.credentials"), "pass")
    }

    func testGKEWorkloadIdentityPasses() throws {
        let sa = ["backend", "platformBackend", "queue"].map {
            "\($0):\n  serviceAccount:\n    annotations:\n      iam.gke.io/gcp-service-account: ls@proj.iam.gserviceaccount.com\n"
        }.joined()
        let run = try Acceptance.audit(values: sa + blob("    enabled: true\n    engine: GCS\n    bucketName: traces\n    apiURL: https://storage.googleapis.com\n"),
                                       ["--platform", "gke"])
        XCTAssertEqual(run.status("blob.credentials"), "pass", run.message("blob.credentials"))
    }

    // MARK: blob.lifecycle-ttl (manual, shows the TTLs)

    func testLifecycleTTLIsManualAndShowsTheDefaults() throws {
        let run = try Acceptance.audit()
        XCTAssertEqual(run.status("blob.lifecycle-ttl"), "manual")
        let text = run.evidenceText("blob.lifecycle-ttl") + run.message("blob.lifecycle-ttl")
        XCTAssertTrue(text.contains("400"), text)
        XCTAssertTrue(text.contains("14"), text)
    }

    func testLifecycleTTLShowsUserPeriodsInDays() throws {
        let run = try Acceptance.audit(values: "config:\n  ttl:\n    enabled: true\n    ttl_period_seconds:\n      longlived: \"7776000\"\n      shortlived: \"604800\"\n")
        XCTAssertEqual(run.status("blob.lifecycle-ttl"), "manual")
        let text = run.evidenceText("blob.lifecycle-ttl") + run.message("blob.lifecycle-ttl")
        XCTAssertTrue(text.contains("90"), text)
        XCTAssertTrue(text.contains("7"), text)
    }

    func testLifecycleTTLShowsTTLWhenBlobEnabledAndUnderDev() throws {
        let run = try Acceptance.audit(values: blob("    enabled: true\n    bucketName: traces\n"), ["--profile", "dev"])
        XCTAssertEqual(run.status("blob.lifecycle-ttl"), "manual")
        XCTAssertTrue(run.evidenceText("blob.lifecycle-ttl").contains("config.ttl"), run.evidenceText("blob.lifecycle-ttl"))
    }

    func testConnectivityIsManual() throws {
        XCTAssertEqual(try Acceptance.audit().status("blob.connectivity"), "manual")
    }
}
