import LSReadyCore

/// A rule with a fixed judgement: tests of what surrounds the rules
/// (renderers, waivers, exit codes) use it so that they do not change when a
/// catalog rule is refined.
public struct FixedRule: Rule {
    public let metadata: RuleMetadata
    public let judgement: Judgement

    public init(_ metadata: RuleMetadata, _ judgement: Judgement) {
        self.metadata = metadata
        self.judgement = judgement
    }

    public func judge(_ model: DeploymentModel) -> Judgement { judgement }
}

/// Hand-built findings and reports covering every status, every kind of
/// evidence and every decision, with text that needs escaping in each format.
public enum SampleReport {
    public static func metadata(_ id: String, _ title: String, section: Section, level: Level) -> RuleMetadata {
        RuleMetadata(id: id, title: title, section: section, level: level, evidence: [.values, .cluster],
                     summary: "Summary of \(id).", rationale: "Why \(id) matters.", remediation: "Fix \(id).",
                     examples: [])
    }

    public static let blob = metadata("blob.enabled", "Blob storage enabled", section: .blobStorage, level: .required)
    public static let storage = metadata("clickhouse.storage-performance", "ClickHouse volumes fast enough", section: .clickhouse, level: .recommended)
    public static let replicated = metadata("clickhouse.replicated", "ClickHouse replicated", section: .clickhouse, level: .required)
    public static let backups = metadata("postgres.backups", "PostgreSQL backups enabled and tested", section: .postgres, level: .manual)
    public static let redis = metadata("redis.external", "External Redis", section: .redis, level: .recommended)
    public static let expiry = metadata("redis.runs-expiry", "Runs expiry long enough", section: .redis, level: .recommended)
    public static let ingress = metadata("network.max-body-size", "Proxies accept the largest payload", section: .networking, level: .required)
    public static let secrets = metadata("security.plaintext-secrets", "No plaintext secrets", section: .security, level: .required)

    /// One finding per status (and the decisions), in catalog order.
    public static let findings: [Finding] = [
        Finding(rule: redis, status: .waived,
                message: "Waived (was at-risk) until 2027-03-31 by platform-team: ElastiCache migration planned. redis.external.enabled is false.",
                evidence: [.setting("redis.external.enabled", at: SourceLocation(file: "values.yaml", line: 3, column: 5), detail: "false")],
                decision: .waived(reason: "ElastiCache migration planned", owner: "platform-team", expires: "2027-03-31", originalStatus: .atRisk)),
        Finding(rule: expiry, status: .pass, message: "config.settings.redisRunsExpirySeconds is 21600 (the chart default).",
                evidence: [.setting("config.settings.redisRunsExpirySeconds", at: .chartDefault, detail: "21600")]),
        Finding(rule: backups, status: .manual,
                message: "Needs sign-off: confirm that automated backups are enabled and a restore was tested.", evidence: []),
        Finding(rule: replicated, status: .fail,
                message: "In-chart ClickHouse runs a single replica; production needs 3.",
                evidence: [.setting("clickhouse.external.enabled", at: SourceLocation(file: "./values.yaml", line: 7, column: 3), detail: "false"),
                           .object("StatefulSet/langsmith-clickhouse", in: "cluster.json", detail: "1 replica")]),
        Finding(rule: storage, status: .atRisk,
                message: "gp2 volume: 300 IOPS and 250 MiB/s, below 7000 IOPS & 1000 MiB/s <per volume>.",
                evidence: [.object("PersistentVolumeClaim/data-langsmith-clickhouse-0", in: "cluster.json", detail: "StorageClass gp2, 100Gi")]),
        Finding(rule: blob, status: .unverified,
                message: "Blob storage is configured in the values; supply the values files the release uses.",
                evidence: [.note("no values file was given")]),
        Finding(rule: ingress, status: .fail,
                message: "nginx.ingress.kubernetes.io/proxy-body-size is \"10m\": 100% of a 25M payload won't fit,\nand uploads fail with 413.",
                evidence: [.setting("ingress.annotations", at: .commandLine("ingress.annotations.x=10m"), detail: "10m"),
                           .setting("ingress.hostname", at: SourceLocation(file: "dir with space/values,prod.yaml", line: 40, column: 7), detail: "langsmith.example.com")],
                decision: .waiverExpired(reason: "load test pending", owner: "web-team", expires: "2026-10-01")),
        Finding(rule: secrets, status: .notApplicable, message: "No values file: nothing to scan.", evidence: []),
    ]

    public static let report = Report(profile: .production, platform: .eks, chartVersion: "0.16.11",
                                      inputs: [ReportInput(path: "values.yaml", kind: .values),
                                               ReportInput(path: "cluster.json", kind: .cluster),
                                               ReportInput(path: ".lsready.yaml", kind: .config)],
                                      findings: findings)

    /// A report whose findings all have `status` (for gate and verdict checks).
    public static func report(with statuses: [Status]) -> Report {
        let findings = statuses.enumerated().map { index, status in
            Finding(rule: metadata("sample.rule-\(index)", "Sample rule \(index)", section: index % 2 == 0 ? .redis : .capacity, level: .required),
                    status: status, message: "Sample \(status.word).", evidence: [])
        }
        return Report(profile: .production, platform: .eks, chartVersion: "0.16.11", inputs: [], findings: findings)
    }
}
