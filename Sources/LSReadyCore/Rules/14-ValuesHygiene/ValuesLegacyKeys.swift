/// `values.legacy-keys`: no key that the chart version in use ignores after a rename.
struct ValuesLegacyKeys: Rule {
    let metadata = RuleMetadata(
        id: "values.legacy-keys",
        title: "No renamed keys",
        section: .valuesHygiene,
        level: .recommended,
        evidence: [.values],
        summary: "No key that the chart version in use ignores after a rename, such as <service>.autoscaling.enabled on chart 0.13.0 or later (now autoscaling.hpa.enabled).",
        rationale: "Chart 0.13.0 moved each service's HPA settings under autoscaling.hpa. Values written for an older chart still render, but the old keys are ignored: an upgrade silently removes the autoscalers the team believes are running.",
        remediation: "Move each legacy key to the replacement the finding names (for example queue.autoscaling.enabled → queue.autoscaling.hpa.enabled, maxReplicas → autoscaling.hpa.maxReplicas).",
        notes: "The renames are derived from the chart data at the 0.13.0 autoscaling split; on older charts the old keys are current and nothing is reported. The chart version is the one decided for the run (flag, helm.sh/chart label, values shape, else the newest).",
        examples: [
            RuleExample("chart 0.16 keys", expect: .pass, values: """
                queue:
                  autoscaling:
                    hpa:
                      enabled: true
                      maxReplicas: 10
                """),
            RuleExample("pre-0.13 autoscaling keys on chart 0.16.11", expect: .atRisk, values: """
                queue:
                  autoscaling:
                    enabled: true
                    maxReplicas: 10
                """, options: AuditOptions(chartVersion: "0.16.11")),
            RuleExample("the same keys on chart 0.12.37 are current", expect: .pass, values: """
                queue:
                  autoscaling:
                    enabled: true
                    maxReplicas: 10
                """, options: AuditOptions(chartVersion: "0.12.37")),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let legacy = model.hygiene.legacyKeys
        let version = "chart \(model.chartVersion) (\(model.chartVersionSource.rawValue))"
        guard !legacy.isEmpty else {
            return .pass("No key in the values was renamed away by \(version).")
        }
        let described = legacy.map { issue -> String in
            "\(issue.path) at \(issue.location)" + (issue.suggestion.map { " → use \($0)" } ?? "")
        }
        return .atRisk("\(legacy.count.counted("key is", "keys are")) ignored by \(version) after a rename: \(described.joined(separator: "; ")).",
                       evidence: legacy.map { Evidence.setting($0.path, at: $0.location, detail: $0.suggestion.map { "legacy; use \($0)" } ?? "legacy") })
    }
}
