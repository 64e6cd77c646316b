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
        notes: "A person signs this off (the tool cannot see the bucket); the finding shows config.ttl.enabled and both periods in days. With blob storage disabled there is no bucket, and the rule is not-applicable.",
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
            RuleExample("no bucket: blob storage disabled", expect: .notApplicable, values: """
                config:
                  blobStorage:
                    enabled: false
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let blob = model.blob
        guard blob.enabled.value else {
            return .notApplicable("Blob storage is disabled (config.blobStorage.enabled): there is no bucket lifecycle to align.",
                                  evidence: [blob.enabled.evidence()])
        }
        let ttl = blob.ttl
        let short = Self.days(ttl.shortLivedSeconds)
        let long = Self.days(ttl.longLivedSeconds)
        let evidence = [ttl.enabled.evidence(),
                        ttl.shortLivedSeconds.evidence(short), ttl.longLivedSeconds.evidence(long)]
        guard ttl.enabled.value else {
            return .manual("config.ttl is disabled: ClickHouse keeps runs indefinitely, so the bucket must not expire their payloads; confirm no lifecycle rule deletes them, then record the sign-off in .lsready.yaml.",
                           evidence: evidence)
        }
        return .manual("config.ttl is enabled: short-lived traces are kept \(short), long-lived \(long). Confirm that the bucket's lifecycle rules expire payloads on the same schedule, then record the sign-off in .lsready.yaml.",
                       evidence: evidence)
    }

    /// `1209600` → `14 days`; a value that is not a number is shown as written.
    static func days(_ seconds: Setting<Double?>) -> String {
        guard let value = seconds.value else { return "not set" }
        let days = (value / 8640).rounded() / 10
        return NumberText.render(days) + (days == 1 ? " day" : " days") + " (\(NumberText.render(value)) s)"
    }
}
