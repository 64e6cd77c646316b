/// One rule's result in one run: the report's unit.
public struct Finding: Sendable, Equatable {
    public var rule: RuleMetadata
    public var status: Status
    public var message: String
    public var evidence: [Evidence]
    /// Set when a waiver or attestation from the configuration changed the status.
    public var decision: Decision?

    public init(rule: RuleMetadata, status: Status, message: String, evidence: [Evidence], decision: Decision? = nil) {
        self.rule = rule
        self.status = status
        self.message = message
        self.evidence = evidence
        self.decision = decision
    }

    public var remediation: String { rule.remediation }
}

/// A recorded human decision that changed (or failed to change) a finding.
public enum Decision: Sendable, Equatable {
    /// A waiver turned fail/at-risk into waived.
    case waived(reason: String, owner: String, expires: String, originalStatus: Status)
    /// A waiver past its expiry: it did not apply.
    case waiverExpired(reason: String, owner: String, expires: String)
    /// An attestation turned manual into pass.
    case attested(by: String, date: String, evidence: String?)
}
