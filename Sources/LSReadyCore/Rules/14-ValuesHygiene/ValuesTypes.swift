/// `values.types`: modeled booleans and integers have the YAML type the chart expects.
struct ValuesTypes: Rule {
    let metadata = RuleMetadata(
        id: "values.types",
        title: "Booleans and integers are typed",
        section: .valuesHygiene,
        level: .required,
        evidence: [.values],
        summary: "Every boolean the tool models is a YAML boolean and every integer an integer; a quoted \"false\" is a non-empty string, which the chart's templates read as true.",
        rationale: "Helm templates test values with `if`: the string \"false\" is non-empty and therefore true, so `enabled: \"false\"` switches a feature on. A quoted or fractional replica count or percentage renders an invalid manifest or is rejected by the API server at install time.",
        remediation: "Write booleans without quotes (enabled: false) and integers as plain whole numbers (maxReplicas: 10), at the key and location named in the finding.",
        notes: "Checks the keys the tool reads as booleans or integers (enabled flags, replicas, autoscaling bounds and targets, persistence), as the user wrote them; chart defaults are not judged. null counts as unset. Strings the chart itself writes as strings (redisRunsExpirySeconds \"21600\", proxyReadTimeout \"300\") are not modeled integers.",
        examples: [
            RuleExample("unquoted booleans and integers", expect: .pass, values: """
                config:
                  blobStorage:
                    enabled: true
                queue:
                  deployment:
                    replicas: 3
                  autoscaling:
                    hpa:
                      enabled: true
                      maxReplicas: 10
                """),
            RuleExample("a quoted \"false\" turns persistence on, not off", expect: .fail, values: """
                clickhouse:
                  statefulSet:
                    persistence:
                      enabled: "false"
                """),
            RuleExample("a quoted replica count", expect: .fail, values: """
                backend:
                  deployment:
                    replicas: "3"
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let issues = model.hygiene.typeIssues
        guard !issues.isEmpty else {
            return .pass("Every boolean and integer the tool models is written with its YAML type in the values files.")
        }
        let described = issues.map { issue -> String in
            var sentence = "\(issue.path) at \(issue.location) is \(issue.found), expected \(issue.expected)"
            if issue.expected.hasPrefix("a boolean"), issue.found.hasPrefix("the string \""), issue.found != "the string \"\"" {
                sentence += " (a non-empty string reads as true in the chart's templates)"
            }
            return sentence
        }
        return .fail(described.joined(separator: "; ") + ".",
                     evidence: issues.map { Evidence.setting($0.path, at: $0.location, detail: "\($0.found), expected \($0.expected)") })
    }
}
