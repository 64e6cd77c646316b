/// A team's `.lsready.yaml`: defaults for the audit options and the decisions
/// it has recorded (CLI.md, "Configuration file"). Command-line flags win over
/// the options here.
public struct LSReadyConfiguration: Sendable, Equatable {
    /// The path as the user named it (`.lsready.yaml`, `ci/lsready.yaml`).
    public var path: String
    public var profile: Profile?
    public var platform: PlatformChoice?
    public var chartVersion: String?
    public var waivers: [Waiver]
    public var attestations: [Attestation]

    public init(path: String, profile: Profile? = nil, platform: PlatformChoice? = nil, chartVersion: String? = nil,
                waivers: [Waiver] = [], attestations: [Attestation] = []) {
        self.path = path
        self.profile = profile
        self.platform = platform
        self.chartVersion = chartVersion
        self.waivers = waivers
        self.attestations = attestations
    }

    /// The decisions the engine applies, judged on `today` (`YYYY-MM-DD`).
    public func decisions(today: String) -> Decisions {
        Decisions(waivers: waivers, attestations: attestations, today: today)
    }
}
