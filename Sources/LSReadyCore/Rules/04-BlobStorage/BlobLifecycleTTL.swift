/// `blob.lifecycle-ttl`: the bucket's lifecycle rules expire payloads when ClickHouse's TTL expires their runs.
struct BlobLifecycleTTL: Rule {
    let metadata = RuleMetadata(
        id: "blob.lifecycle-ttl",
        title: "Bucket lifecycle aligned with trace TTL",
        section: .blobStorage,
        level: .manual,
        evidence: [.values],
        summary: "The bucket's lifecycle rules match config.ttl: payloads of short-lived and long-lived traces expire when ClickHouse drops the runs; the finding shows the TTL periods in days.",
        rationale: "ClickHouse deletes runs when their TTL passes, but the bucket keeps their payloads unless a lifecycle rule removes them: storage grows without bound, and data you promised to delete is retained. A lifecycle shorter than the TTL does the opposite and leaves runs whose inputs and outputs are gone.",
        remediation: "Create lifecycle rules on the bucket for the short-lived and long-lived payload prefixes LangSmith writes (the LangSmith blob storage documentation names them) that expire objects after config.ttl.ttl_period_seconds.shortlived and .longlived, converted to days; revisit them whenever config.ttl changes.",
        notes: "A person signs this off (the tool cannot see the bucket); the finding shows config.ttl.enabled and both periods in days. The catalog gives this manual rule no not-applicable case, so it stays manual with blob storage disabled too (the TTLs are still shown, and the message says that no bucket is in use yet: the lifecycle applies once blob storage is enabled).",
        examples: [
            RuleExample("the chart's TTL: 14 and 400 days shown for review", expect: .manual, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: S3
                    bucketName: langsmith-traces
                """),
            RuleExample("TTL disabled: payloads must be kept", expect: .manual, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: S3
                    bucketName: langsmith-traces
                  ttl:
                    enabled: false
                """),
            RuleExample("lifecycle rules reviewed and attested", expect: .pass, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: S3
                    bucketName: langsmith-traces
                  ttl:
                    enabled: true
                    ttl_period_seconds:
                      longlived: "7776000"
                      shortlived: "604800"
                """, attested: ["blob.lifecycle-ttl"]),
            RuleExample("blob storage disabled: still a sign-off, the TTLs shown for when a bucket is added", expect: .manual, values: """
                config:
                  blobStorage:
                    enabled: false
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let blob = model.blob
        let ttl = blob.ttl
        let short = Self.days(ttl.shortLivedSeconds)
        let long = Self.days(ttl.longLivedSeconds)
        var evidence = [ttl.enabled.evidence(),
                        ttl.shortLivedSeconds.evidence(short), ttl.longLivedSeconds.evidence(long)]
        // Blob storage disabled: no bucket yet, but the item still needs a person (catalog: manual, no not-applicable case).
        let noBucket = blob.enabled.value ? "" : " Blob storage is disabled (config.blobStorage.enabled), so no bucket is in use yet: align its lifecycle when you enable it."
        if !blob.enabled.value { evidence.append(blob.enabled.evidence()) }
        guard ttl.enabled.value else {
            return .manual("config.ttl is disabled: ClickHouse keeps runs indefinitely, so the bucket must not expire their payloads; confirm no lifecycle rule deletes them, then record the sign-off in .lsready.yaml." + noBucket,
                           evidence: evidence)
        }
        return .manual("config.ttl is enabled: short-lived traces are kept \(short), long-lived \(long). Confirm that the bucket's lifecycle rules expire payloads on the same schedule, then record the sign-off in .lsready.yaml." + noBucket,
                       evidence: evidence)
    }

    /// `1209600` → `14 days`; a value that is not a number is shown as written.
    static func days(_ seconds: Setting<Double?>) -> String {
        guard let value = seconds.value else { return "not set" }
        let days = (value / 8640).rounded() / 10
        return NumberText.render(days) + (days == 1 ? " day" : " days") + " (\(NumberText.render(value)) s)"
    }
}
