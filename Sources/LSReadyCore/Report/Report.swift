/// An input the audit read, as the user named it.
public struct ReportInput: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case values, cluster, config
    }

    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }
}

/// The result of one audit: what every renderer prints. Renderers never re-run rules.
public struct Report: Sendable, Equatable {
    public var profile: Profile
    public var platform: Platform
    public var chartVersion: String
    public var inputs: [ReportInput]
    public var findings: [Finding]
    /// Warnings about the inputs (malformed cluster objects, ignored documents).
    public var warnings: [String]

    public init(profile: Profile, platform: Platform, chartVersion: String, inputs: [ReportInput],
                findings: [Finding], warnings: [String] = []) {
        self.profile = profile
        self.platform = platform
        self.chartVersion = chartVersion
        self.inputs = inputs
        self.findings = findings
        self.warnings = warnings
    }

    public var verdict: Verdict { Verdict(findings: findings) }

    /// Count per status, every status present (zero when absent).
    public var summary: [(status: Status, count: Int)] {
        Report.summaryOrder.map { status in (status, findings.filter { $0.status == status }.count) }
    }

    public static let summaryOrder: [Status] = [.pass, .fail, .atRisk, .unverified, .manual, .notApplicable, .waived]

    /// The gate: does this report fail under `--fail-on`?
    public func gateFails(on threshold: GateThreshold) -> Bool {
        switch threshold {
        case .never: return false
        case .fail: return findings.contains { $0.status == .fail }
        case .atRisk: return findings.contains { [.fail, .atRisk, .unverified, .manual].contains($0.status) }
        }
    }
}

/// `--fail-on`: which findings fail the CI gate.
public enum GateThreshold: String, Sendable, Equatable, CaseIterable {
    case fail
    case atRisk = "at-risk"
    case never
}
