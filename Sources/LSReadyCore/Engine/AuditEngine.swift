/// Runs every rule over the model, in catalog order, and applies the
/// catalog's generic semantics and the team's recorded decisions. Exactly one
/// finding per rule, every run.
public struct AuditEngine: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule] = RuleRegistry.all) {
        self.rules = rules
    }

    public func findings(for model: DeploymentModel, decisions: Decisions = .none) -> [Finding] {
        rules.map { rule in
            let judgement = applicableJudgement(of: rule, on: model)
            return decide(rule.metadata, judgement, decisions)
        }
    }

    /// The judgement after the generic semantics: profile, platform, missing evidence, manual sign-off.
    func applicableJudgement(of rule: any Rule, on model: DeploymentModel) -> Judgement {
        let metadata = rule.metadata
        if metadata.productionOnly && model.profile == .dev {
            return .notApplicable("Production-only: the dev profile does not require it.")
        }
        if metadata.eksOnly {
            if model.platform != .eks {
                return .notApplicable("Applies to EKS only; the platform is \(model.platform.rawValue) (\(model.platformSource.description)).")
            }
            if model.platformSource == .assumed && metadata.evidence.contains(.cluster) {
                return .unverified("The platform was assumed to be EKS because the evidence has no nodes; supply the nodes (kubectl get nodes -o json) or pass --platform.")
            }
        }
        if let exclusion = rule.topologyExclusion(model) {
            return exclusion
        }
        if metadata.evidence == .cluster && !model.hasCluster {
            return .unverified("Decided by the cluster: supply a cluster dump (kubectl get ... -o json, or lsready collect).")
        }
        if metadata.evidence == .values && !model.hasValues {
            return .unverified("Decided by the Helm values: supply the values files the release is deployed with.")
        }
        var judgement = rule.judge(model)
        if metadata.level == .manual && (judgement.status == .pass || judgement.status == .fail || judgement.status == .atRisk) {
            // A manual rule never passes or fails on evidence alone: a person signs it off.
            judgement.status = .manual
        }
        return judgement
    }

    /// Applies attestations (manual → pass) and waivers (fail/at-risk → waived, unless expired).
    func decide(_ metadata: RuleMetadata, _ judgement: Judgement, _ decisions: Decisions) -> Finding {
        var finding = Finding(rule: metadata, status: judgement.status, message: judgement.message, evidence: judgement.evidence)
        if judgement.status == .manual, let attestation = decisions.attestations.last(where: { $0.rule == metadata.id }) {
            finding.status = .pass
            finding.message = "Attested by \(attestation.by) on \(attestation.date). " + judgement.message
            finding.decision = .attested(by: attestation.by, date: attestation.date, evidence: attestation.evidence)
        }
        if judgement.status == .fail || judgement.status == .atRisk,
           let waiver = decisions.waivers.last(where: { $0.rule == metadata.id }) {
            if waiver.expires >= decisions.today {
                finding.status = .waived
                finding.decision = .waived(reason: waiver.reason, owner: waiver.owner, expires: waiver.expires,
                                           originalStatus: judgement.status)
                finding.message = "Waived (was \(judgement.status.word)) until \(waiver.expires) by \(waiver.owner): \(waiver.reason). " + judgement.message
            } else {
                finding.decision = .waiverExpired(reason: waiver.reason, owner: waiver.owner, expires: waiver.expires)
                finding.message += " (A waiver by \(waiver.owner) expired on \(waiver.expires) and no longer applies.)"
            }
        }
        return finding
    }
}
