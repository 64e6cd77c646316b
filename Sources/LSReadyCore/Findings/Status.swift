/// The outcome of one rule in one run.
public enum Status: String, Sendable, Equatable, CaseIterable, Codable {
    case pass
    case fail
    case atRisk = "at-risk"
    case unverified
    case manual
    case notApplicable = "not-applicable"
    case waived

    /// The word reports print.
    public var word: String { rawValue }

    /// Worst first: used to fold several subjects into one finding.
    var severity: Int {
        switch self {
        case .fail: return 6
        case .atRisk: return 5
        case .unverified: return 4
        case .manual: return 3
        case .waived: return 2
        case .pass: return 1
        case .notApplicable: return 0
        }
    }

    /// The worse of two statuses (fail > at-risk > unverified > manual > pass).
    public static func worst(_ statuses: [Status]) -> Status? {
        statuses.max(by: { $0.severity < $1.severity })
    }
}

/// How much a rule matters: what an unmet rule becomes.
public enum Level: String, Sendable, Equatable, CaseIterable, Codable {
    /// Unmet → fail.
    case required
    /// Unmet → at-risk.
    case recommended
    /// Needs a person's sign-off → manual (pass when attested).
    case manual
    /// Never gates: optional levers.
    case info

    /// The status of an unmet rule of this level.
    public var unmetStatus: Status {
        switch self {
        case .required: return .fail
        case .recommended: return .atRisk
        case .manual: return .manual
        case .info: return .manual
        }
    }
}
