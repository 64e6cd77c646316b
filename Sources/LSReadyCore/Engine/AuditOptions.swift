/// The audit's profile: what the deployment is for.
public enum Profile: String, Sendable, Equatable, CaseIterable {
    /// Production (default): every rule applies.
    case production
    /// Dev/eval: low traffic, short-lived, no SLA. Production-only rules are not-applicable.
    case dev
}

/// The platform as the user asked for it; `auto` detects it from the nodes.
public enum PlatformChoice: String, Sendable, Equatable, CaseIterable {
    case auto, eks, gke, aks, generic
}

/// The platform the audit judges against.
public enum Platform: String, Sendable, Equatable, CaseIterable {
    case eks, gke, aks, generic
}

/// The options of one audit run that change judgements.
public struct AuditOptions: Sendable, Equatable {
    public var profile: Profile
    public var platform: PlatformChoice
    /// `--chart-version`, when given.
    public var chartVersion: String?
    /// `--max-payload`, the largest expected trace payload in bytes (default 25M = 25 MiB).
    public var maxPayloadBytes: Int

    public static let defaultMaxPayloadBytes = 25 * 1024 * 1024

    public init(profile: Profile = .production, platform: PlatformChoice = .auto,
                chartVersion: String? = nil, maxPayloadBytes: Int = AuditOptions.defaultMaxPayloadBytes) {
        self.profile = profile
        self.platform = platform
        self.chartVersion = chartVersion
        self.maxPayloadBytes = maxPayloadBytes
    }
}
