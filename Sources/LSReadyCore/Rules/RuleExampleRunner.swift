/// Runs a rule's example through the real readers, model builder and engine:
/// the values text as a Helm values file, the cluster text as a kubectl YAML
/// dump (a `List` or several documents). Used by the example tests and by
/// `lsready explain --check`.
public enum RuleExampleRunner {
    public static func run(_ example: RuleExample, of rule: any Rule) throws -> Finding {
        let values = try example.values.map {
            try YAMLLoader.loadValuesFile(Array($0.utf8), file: "values.yaml")
        }
        let cluster = try example.cluster.map { text -> [ClusterDocument] in
            try YAMLReader.parseStream(Array(text.utf8), file: "cluster.yaml").map {
                ClusterDocument(file: "cluster.yaml", node: try YAMLLoader.load($0, schema: .helm))
            }
        }
        let decisions = Decisions(attestations: example.attested.map {
            Attestation(rule: $0, by: "reviewer@example.com", date: "2026-11-20")
        }, today: "2026-11-29")
        let report = AuditPipeline.run(userValues: values, clusterDocuments: cluster, options: example.options,
                                       decisions: decisions, rules: [rule])
        return report.findings[0]
    }
}
