/// `blob.enabled`: production stores large trace payloads in object storage.
struct BlobEnabled: Rule {
    let metadata = RuleMetadata(
        id: "blob.enabled",
        title: "Blob storage enabled",
        section: .blobStorage,
        level: .required,
        evidence: [.values, .cluster],
        productionOnly: true,
        summary: "config.blobStorage.enabled is true, so large trace payloads go to S3, GCS or Azure Blob instead of ClickHouse.",
        rationale: "Without blob storage, every large input and output is stored inline in ClickHouse: parts grow, merges fall behind, and under load traces arrive late or not at all. The checklist makes it a production requirement regardless of volume.",
        remediation: "Set config.blobStorage.enabled: true, choose the engine (S3, GCS or Azure) and configure the bucket; see blob.configured.",
        notes: "Decided by the values: a cluster dump does not show whether blob storage is enabled (the chart passes it through a ConfigMap the dump does not hold). With no values file the rule is unverified.",
        examples: [
            RuleExample("S3 blob storage enabled", expect: .pass, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: S3
                    bucketName: langsmith-traces
                    apiURL: https://s3.us-east-1.amazonaws.com
                """),
            RuleExample("the chart default leaves it disabled", expect: .fail, values: """
                config:
                  authType: mixed
                """),
            RuleExample("explicitly disabled", expect: .fail, values: """
                config:
                  blobStorage:
                    enabled: false
                """),
            RuleExample("dev profile: not required", expect: .notApplicable, values: """
                config:
                  blobStorage:
                    enabled: false
                """, options: AuditOptions(profile: .dev)),
            RuleExample("only a cluster dump", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        guard model.hasValues else {
            return .unverified("Blob storage is configured in the values; supply the values files the release uses.")
        }
        let enabled = model.blob.enabled
        if enabled.value {
            return .pass("Blob storage is enabled (\(model.blob.engine.value.isEmpty ? "engine not set" : "engine \(model.blob.engine.value)")): large payloads go to the bucket.",
                         evidence: [enabled.evidence(), model.blob.engine.evidence()])
        }
        let origin = enabled.isUserSet ? "is set to false" : "is false (the chart default)"
        return .fail("config.blobStorage.enabled \(origin); production requires blob storage for trace payloads.",
                     evidence: [enabled.evidence()])
    }
}
