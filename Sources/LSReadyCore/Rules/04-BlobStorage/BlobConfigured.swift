/// `blob.configured`: an enabled blob store names a supported engine and everything that engine needs.
struct BlobConfigured: Rule {
    /// The chart's default `apiURL`: an AWS endpoint, wrong for GCS.
    static let chartDefaultS3Endpoint = "https://s3.us-west-2.amazonaws.com"

    let metadata = RuleMetadata(
        id: "blob.configured",
        title: "Blob storage fully configured",
        section: .blobStorage,
        level: .required,
        evidence: [.values],
        summary: "With blob storage enabled, config.blobStorage.engine is S3, GCS or Azure and the bucket (or container) and endpoint or account that engine needs are set.",
        rationale: "An enabled but incomplete blob configuration does not fall back to ClickHouse: uploads of large payloads fail, and the runs that carry them are lost or rejected.",
        remediation: """
            S3: set config.blobStorage.engine: S3, bucketName and apiURL (https://s3.<region>.amazonaws.com). \
            GCS: engine: GCS, bucketName and apiURL: https://storage.googleapis.com. \
            Azure: engine: Azure, azureStorageContainerName, and azureStorageAccountName (or a connection string), \
            preferably through config.existingSecretName.
            """,
        notes: """
            The engine is compared case-insensitively. For Azure, config.existingSecretName stands in for the account name and \
            connection string (the secret carries them); the container name is never secret and must be in the values. For GCS \
            the apiURL must be set in the values: the chart's default is an AWS S3 endpoint, which cannot serve a GCS bucket.
            """,
        examples: [
            RuleExample("S3 bucket and regional endpoint", expect: .pass, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: S3
                    bucketName: langsmith-traces-prod
                    apiURL: https://s3.us-east-1.amazonaws.com
                """),
            RuleExample("S3 without a bucket", expect: .fail, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: S3
                    apiURL: https://s3.us-east-1.amazonaws.com
                """),
            RuleExample("GCS with lower-case engine", expect: .pass, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: gcs
                    bucketName: langsmith-traces
                    apiURL: https://storage.googleapis.com
                """),
            RuleExample("GCS left on the chart's S3 endpoint", expect: .fail, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: GCS
                    bucketName: langsmith-traces
                """),
            RuleExample("Azure with container and account from an existing secret", expect: .pass, values: """
                config:
                  existingSecretName: langsmith-config
                  blobStorage:
                    enabled: true
                    engine: Azure
                    azureStorageContainerName: langsmith-traces
                """),
            RuleExample("Azure without an account", expect: .fail, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: Azure
                    azureStorageContainerName: langsmith-traces
                """),
            RuleExample("an unsupported engine", expect: .fail, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: MinIO
                    bucketName: langsmith-traces
                """),
            RuleExample("blob storage disabled", expect: .notApplicable, values: """
                config:
                  blobStorage:
                    enabled: false
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let blob = model.blob
        guard blob.enabled.value else {
            return .notApplicable("Blob storage is disabled (config.blobStorage.enabled); nothing to configure.",
                                  evidence: [blob.enabled.evidence()])
        }
        let engine = blob.engine.value.trimmingSpaces()
        switch engine.lowercased() {
        case "s3", "gcs":
            return judgeBucket(blob, engine: engine.uppercased())
        case "azure":
            return judgeAzure(blob, secret: model.blob.existingSecretName)
        default:
            let shown = engine.isEmpty ? "empty" : "\"\(engine)\""
            return .fail("config.blobStorage.engine is \(shown); it must be S3, GCS or Azure.",
                         evidence: [blob.enabled.evidence(), blob.engine.evidence()])
        }
    }

    private func judgeBucket(_ blob: BlobStorageModel, engine: String) -> Judgement {
        var missing: [String] = []
        if blob.bucketName.value.isEmpty { missing.append("bucketName") }
        if blob.apiURL.value.isEmpty {
            missing.append("apiURL")
        } else if engine == "GCS" && !blob.apiURL.isUserSet && blob.apiURL.value == Self.chartDefaultS3Endpoint {
            missing.append("apiURL (the chart default \(Self.chartDefaultS3Endpoint) is an AWS endpoint; GCS needs https://storage.googleapis.com)")
        }
        let evidence = [blob.engine.evidence(), blob.bucketName.evidence(), blob.apiURL.evidence()]
        if missing.isEmpty {
            return .pass("\(engine) blob storage is configured: bucket \"\(blob.bucketName.value)\" at \(blob.apiURL.value).", evidence: evidence)
        }
        return .fail("\(engine) blob storage is enabled but config.blobStorage is missing \(missing.joined(separator: " and ")).",
                     evidence: evidence)
    }

    private func judgeAzure(_ blob: BlobStorageModel, secret: Setting<String>) -> Judgement {
        var missing: [String] = []
        if blob.azureContainerName.value.isEmpty { missing.append("azureStorageContainerName") }
        let account: String?
        if !blob.azureAccountName.value.isEmpty {
            account = "account \"\(blob.azureAccountName.value)\""
        } else if blob.azureConnectionString.value {
            account = "a connection string"
        } else if !secret.value.isEmpty {
            account = "the account from secret \"\(secret.value)\" (config.existingSecretName)"
        } else {
            account = nil
            missing.append("azureStorageAccountName (or a connection string, or config.existingSecretName)")
        }
        var evidence = [blob.engine.evidence(), blob.azureContainerName.evidence(), blob.azureAccountName.evidence(),
                        blob.azureConnectionString.evidence(blob.azureConnectionString.value ? "set (not shown)" : "empty")]
        if !secret.value.isEmpty { evidence.append(secret.evidence()) }
        if let account, missing.isEmpty {
            return .pass("Azure blob storage is configured: container \"\(blob.azureContainerName.value)\" with \(account).", evidence: evidence)
        }
        return .fail("Azure blob storage is enabled but config.blobStorage is missing \(missing.joined(separator: " and ")).",
                     evidence: evidence)
    }
}
