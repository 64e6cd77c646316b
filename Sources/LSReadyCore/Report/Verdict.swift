/// The report's bottom line.
public enum Verdict: String, Sendable, Equatable {
    /// Some finding is fail.
    case notReady = "not-ready"
    /// No fail, but something is at-risk, unverified or manual.
    case atRisk = "at-risk"
    /// Everything passed, is not applicable, or is waived.
    case ready

    public init(findings: [Finding]) {
        let statuses = Set(findings.map(\.status))
        if statuses.contains(.fail) {
            self = .notReady
        } else if !statuses.isDisjoint(with: [.atRisk, .unverified, .manual]) {
            self = .atRisk
        } else {
            self = .ready
        }
    }

    public var headline: String {
        switch self {
        case .notReady: return "NOT READY"
        case .atRisk: return "AT RISK"
        case .ready: return "READY"
        }
    }
}
