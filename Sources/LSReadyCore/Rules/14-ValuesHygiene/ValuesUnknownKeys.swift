/// `values.unknown-keys`: every key the user wrote exists in the chart version in use.
struct ValuesUnknownKeys: Rule {
    let metadata = RuleMetadata(
        id: "values.unknown-keys",
        title: "No unknown keys",
        section: .valuesHygiene,
        level: .recommended,
        evidence: [.values],
        summary: "No user key, at the top level or inside a section the tool models, is unknown to the chart version in use; each unknown key comes with the key it most likely meant.",
        rationale: "Helm ignores keys the chart does not read. A misspelt key (apiUrl for apiURL, statefulset for statefulSet) leaves the chart default in force while the values file looks right, which is how blob storage, resources or persistence silently stay at their defaults.",
        remediation: "Rename each key to the suggested one (check the chart's values.yaml for its version), or delete it if it belongs to another chart version.",
        notes: "Free-form maps (annotations, labels, extraEnv, resources, nodeSelector, tolerations, affinity, extraContainerConfig and the like) accept any key and are not checked; below an unknown key nothing more is reported. The chart version is the one decided for the run (flag, helm.sh/chart label, values shape, else the newest). Keys that a newer chart renamed are values.legacy-keys, not unknown.",
        examples: [
            RuleExample("keys the chart knows", expect: .pass, values: """
                config:
                  blobStorage:
                    enabled: true
                    apiURL: https://s3.us-east-1.amazonaws.com
                clickhouse:
                  statefulSet:
                    persistence:
                      size: 200Gi
                """),
            RuleExample("apiUrl instead of apiURL", expect: .atRisk, values: """
                config:
                  blobStorage:
                    enabled: true
                    apiUrl: https://s3.us-east-1.amazonaws.com
                """),
            RuleExample("statefulset instead of statefulSet", expect: .atRisk, values: """
                clickhouse:
                  statefulset:
                    resources:
                      requests:
                        cpu: 8
                """),
            RuleExample("free-form maps are not checked", expect: .pass, values: """
                backend:
                  deployment:
                    annotations:
                      team.example.com/owner: platform
                    resources:
                      requests:
                        cpu: "2"
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let unknown = model.hygiene.unknownKeys
        let version = "chart \(model.chartVersion) (\(model.chartVersionSource.rawValue))"
        guard !unknown.isEmpty else {
            return .pass("Every key in the values is known to \(version), outside free-form maps.")
        }
        let described = unknown.map { issue -> String in
            let hint = issue.suggestion.map { " (did you mean \($0)?)" } ?? ""
            return "\(issue.path) at \(issue.location)\(hint)"
        }
        return .atRisk("\(unknown.count.counted("key is", "keys are")) unknown to \(version), so the chart ignores \(unknown.count == 1 ? "it" : "them"): \(described.joined(separator: "; ")).",
                       evidence: unknown.map { Evidence.setting($0.path, at: $0.location, detail: $0.suggestion.map { "unknown; did you mean \($0)?" } ?? "unknown") })
    }
}
