/// The audit from loaded documents to report: cluster inventory, deployment
/// model, rules, decisions. File reading and classification happen before
/// (in the CLI); rendering after.
public enum AuditPipeline {
    /// - Parameters:
    ///   - userValues: the user's values merged in order (files, then `--set`); nil when none were given.
    ///   - clusterDocuments: the documents of the cluster dumps; nil when none were given.
    public static func run(userValues: Node?, clusterDocuments: [ClusterDocument]?, options: AuditOptions,
                           decisions: Decisions = .none, inputs: [ReportInput] = [],
                           rules: [any Rule] = RuleRegistry.all) -> Report {
        run(userValues: userValues, clusterInventory: clusterDocuments.map { ClusterInventory.build(from: $0) },
            options: options, decisions: decisions, inputs: inputs, rules: rules)
    }

    /// The same from an inventory built while reading (`ClusterEvidenceReader`): nil when no cluster evidence was given.
    public static func run(userValues: Node?, clusterInventory inventory: ClusterInventory?, options: AuditOptions,
                           decisions: Decisions = .none, inputs: [ReportInput] = [],
                           rules: [any Rule] = RuleRegistry.all) -> Report {
        let model = DeploymentModelBuilder.build(userValues: userValues, cluster: inventory, options: options)
        let findings = AuditEngine(rules: rules).findings(for: model, decisions: decisions)
        return Report(profile: model.profile, platform: model.platform, chartVersion: model.chartVersion,
                      inputs: inputs, findings: findings,
                      warnings: (inventory?.warnings ?? []).map(\.description))
    }
}
