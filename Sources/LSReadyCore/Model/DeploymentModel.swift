/// How the platform was decided.
public enum PlatformSource: Sendable, Equatable, CustomStringConvertible {
    /// `--platform` (or the configuration file).
    case flag
    /// From a node's providerID or labels.
    case detected(node: String)
    /// No nodes in the evidence: EKS, the reference architecture's platform.
    case assumed

    public var description: String {
        switch self {
        case .flag: return "set by --platform"
        case .detected(let node): return "detected from Node/\(node)"
        case .assumed: return "assumed: no nodes in the evidence"
        }
    }
}

/// How the chart version was decided (CATALOG.md, Section 5).
public enum ChartVersionSource: String, Sendable, Equatable {
    case flag = "set by --chart-version"
    case clusterLabel = "read from the helm.sh/chart label"
    case valuesShape = "inferred from the shape of the autoscaling values"
    case newest = "assumed: the newest supported chart"
}

/// The typed deployment the rules judge: Helm values (with provenance) joined
/// with the observed cluster (with object names). Rules read only this.
public struct DeploymentModel: Sendable {
    public var options: AuditOptions
    public var platform: Platform
    public var platformSource: PlatformSource
    public var chartVersion: String
    public var chartVersionSource: ChartVersionSource
    /// At least one values file (or `--set`) was given.
    public var hasValues: Bool
    /// At least one cluster dump was given.
    public var hasCluster: Bool

    /// The observed cluster (empty when no dump was given).
    public var inventory: ClusterInventory
    /// The names that tell LangSmith's objects apart in the cluster: the
    /// chart's defaults plus any service or datastore the values rename.
    public var serviceNames: LangSmithServiceNames

    public var redis: RedisModel
    public var postgres: PostgresModel
    public var clickhouse: ClickHouseModel
    public var blob: BlobStorageModel
    /// The LangSmith services, in the order reports list them.
    public var services: [ServiceModel]
    public var edge: EdgeModel
    public var security: SecurityModel
    public var capacity: CapacityModel
    public var health: HealthModel
    public var levers: LeversModel
    public var hygiene: HygieneModel

    public var profile: Profile { options.profile }

    /// True when the chart version uses `autoscaling.hpa`/`autoscaling.keda` (≥ 0.13.0).
    public var usesSplitAutoscaling: Bool {
        (ChartVersion(chartVersion) ?? .newestSupported) >= .autoscalingSplit
    }

    public func service(_ valueKey: String) -> ServiceModel? {
        services.first { $0.valueKey == valueKey }
    }
}
