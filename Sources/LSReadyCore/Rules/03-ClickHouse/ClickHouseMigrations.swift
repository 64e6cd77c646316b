/// `clickhouse.migrations`: the ClickHouse migrations Job succeeded.
struct ClickHouseMigrations: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.migrations",
        title: "ClickHouse migrations succeeded",
        section: .clickhouse,
        level: .recommended,
        evidence: [.cluster],
        summary: "The ClickHouse migrations Job (<release>-clickhouse-migrations, possibly with a random suffix) completed and did not fail.",
        rationale: "A failed migration leaves the ClickHouse schema dirty: the new release runs against tables it does not expect, and later upgrades refuse to migrate until the schema is repaired.",
        remediation: "Read the Job's logs (kubectl logs job/<release>-clickhouse-migrations), fix the cause (connectivity, credentials, a cluster name that does not exist, disk space), then re-run the upgrade; contact support before forcing a dirty schema version.",
        notes: "Every migrations Job in the dump is judged and the worst counts: Failed → at-risk; Complete (or a success count) and not Failed → pass; still running → unverified. The chart deletes the Job 600 s after it finishes (clickhouseMigrations.ttlSecondsAfterFinished), so it is often absent: unverified.",
        examples: [
            RuleExample("the migrations Job completed", expect: .pass, cluster: """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: langsmith-clickhouse-migrations-8k2lq
                  labels:
                    helm.sh/chart: langsmith-0.16.11
                status:
                  succeeded: 1
                  conditions:
                  - type: Complete
                    status: "True"
                """),
            RuleExample("the migrations Job failed", expect: .atRisk, cluster: """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: langsmith-clickhouse-migrations
                status:
                  failed: 6
                  conditions:
                  - type: Failed
                    status: "True"
                    reason: BackoffLimitExceeded
                """),
            RuleExample("still running", expect: .unverified, cluster: """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: langsmith-clickhouse-migrations
                status:
                  active: 1
                """),
            RuleExample("no migrations Job in the dump", expect: .unverified, cluster: """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: langsmith-backend-migrations-4tz7d
                status:
                  succeeded: 1
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let jobs = model.clickhouse.migrationJobs
        guard !jobs.isEmpty else {
            return .unverified("No ClickHouse migrations Job in the dump: the chart deletes it 600 s after it finishes. Dump the namespace right after an install or upgrade, or check the migrations' logs.")
        }
        let judgements = jobs.map { job -> Judgement in
            let evidence = { (detail: String) in [Evidence.object(job.meta.reference, in: job.meta.file, detail: detail)] }
            switch (job.hasFailed, job.isComplete) {
            case (.unknown, _), (_, .unknown):
                return .unverified("\(job.meta.reference): its status is malformed in the dump", evidence: evidence("status unreadable"))
            case (.known(true), _):
                let reason = job.conditions.condition("Failed").present?.reason.map { " (\($0))" } ?? ""
                return .atRisk("\(job.meta.reference) failed\(reason): the ClickHouse schema may be dirty", evidence: evidence("Failed\(reason)"))
            case (.known(false), .known(true)):
                return .pass("\(job.meta.reference) completed", evidence: evidence("Complete"))
            case (.known(false), .known(false)):
                return .unverified("\(job.meta.reference) has not finished yet; re-run lsready once it has", evidence: evidence("running"))
            }
        }
        let folded = Judgement.worst(of: judgements, ifEmpty: .unverified("No ClickHouse migrations Job."))
        if folded.status == .pass {
            return .pass("The ClickHouse migrations succeeded: \(folded.message).", evidence: folded.evidence)
        }
        return Judgement(folded.status, folded.message + ".", evidence: folded.evidence)
    }
}
