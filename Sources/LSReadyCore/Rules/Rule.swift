/// A readiness rule: metadata plus a judgement over the deployment model.
/// Rules read the model only, never documents or values nodes.
///
/// The engine applies the catalog's generic semantics before calling
/// `judge`: production-only rules are not-applicable under `dev`, EKS-only
/// rules off EKS, and a rule decided by the cluster alone is unverified
/// without a cluster dump. A manual rule's judgement is `manual` unless a
/// person attested it.
public protocol Rule: Sendable {
    var metadata: RuleMetadata { get }
    func judge(_ model: DeploymentModel) -> Judgement
    /// Not-applicable decided by the deployment's topology (for example
    /// LangSmith-managed ClickHouse), checked before the engine looks for
    /// missing evidence: a rule that does not apply is never `unverified`
    /// for want of a cluster dump (CATALOG §1). Nil when the rule applies.
    func topologyExclusion(_ model: DeploymentModel) -> Judgement?
}

extension Rule {
    public func topologyExclusion(_ model: DeploymentModel) -> Judgement? { nil }
}
