/// Credentials of an external datastore, as far as the values show them.
/// Secret values never enter the model: only whether they are set.
public struct DatastoreCredentials: Sendable, Equatable {
    /// `<store>.external.password` holds a value, and where from (chart default or user).
    public var password: Setting<Bool>
    /// The user left the chart's default password in place (`postgres`, `password`).
    public var passwordIsChartDefault: Bool
    public var connectionURL: Setting<Bool>
    public var existingSecretName: Setting<String>
}

public struct RedisModel: Sendable, Equatable {
    public var external: Setting<Bool>
    public var name: Setting<String>
    /// `config.settings.redisRunsExpirySeconds`, read numerically (the chart writes "21600").
    public var runsExpirySeconds: Setting<Double?>
    public var runsExpiryText: Setting<String>
    public var inChartResources: ResourceSettings
    public var credentials: DatastoreCredentials
    /// The chart-managed Redis StatefulSet in the cluster, when any.
    public var observedStatefulSet: KubeStatefulSet?
    /// The pods matching Redis's name in the cluster, in input order.
    public var observedPods: [KubePod]
}

public struct PostgresModel: Sendable, Equatable {
    public var external: Setting<Bool>
    public var name: Setting<String>
    public var credentials: DatastoreCredentials
    public var observedStatefulSet: KubeStatefulSet?
    /// The pods matching Postgres's name in the cluster, in input order.
    public var observedPods: [KubePod]
}

/// Where ClickHouse runs (CATALOG Section 3).
public enum ClickHouseTopology: String, Sendable, Equatable {
    /// The chart's own single-replica StatefulSet.
    case inChart = "in-chart"
    /// A ClickHouse the user runs (in this cluster, e.g. the Altinity operator, or elsewhere).
    case external
    /// LangSmith-managed ClickHouse (`clickhouse.external.hybrid`).
    case managed
}

public struct ClickHouseModel: Sendable, Equatable {
    public var topology: ClickHouseTopology
    public var externalEnabled: Setting<Bool>
    public var hybrid: Setting<Bool>
    /// `clickhouse.external.cluster`: the replicated cluster's name, or empty.
    public var clusterName: Setting<String>
    public var name: Setting<String>
    public var resources: ResourceSettings
    public var persistenceEnabled: Setting<Bool>
    public var persistenceSize: Setting<String>
    public var storageClassName: Setting<String>
    public var credentials: DatastoreCredentials

    // Observed in the cluster.
    public var statefulSets: [KubeStatefulSet]
    public var installations: [KubeClickHouseInstallation]
    public var pods: [KubePod]
    public var claims: [KubePersistentVolumeClaim]
    public var migrationJobs: [KubeJob]

    /// Evidence for the topology decision.
    public var topologyEvidence: [Evidence] {
        var evidence = [externalEnabled.evidence()]
        if externalEnabled.value { evidence.append(hybrid.evidence()) }
        return evidence
    }
}
