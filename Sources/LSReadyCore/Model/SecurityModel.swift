/// A secret-bearing setting that a user file (or `--set`) gave a value.
/// Only the key path and the location: never the value.
public struct PlaintextSecret: Sendable, Equatable {
    public var path: String
    public var location: SourceLocation

    public var evidence: Evidence { .setting(path, at: location, detail: "a value is set (not shown)") }
}

public struct SecurityModel: Sendable, Equatable {
    /// Secret values written into the values files.
    public var plaintextSecrets: [PlaintextSecret]
    public var authType: Setting<String>
    public var oauthEnabled: Setting<Bool>
    public var basicAuthEnabled: Setting<Bool>
    public var corsAllowedOrigins: Setting<String>
    public var corsAllowedOriginsRegex: Setting<String>
    /// Whether the chart version has `config.security.cors` at all.
    public var chartHasCORSSettings: Bool
}

public struct CapacityModel: Sendable, Equatable {
    public var nodes: [KubeNode]
    public var storageClasses: [KubeStorageClass]
    public var csiDrivers: [KubeCSIDriver]
    /// Deployments and DaemonSets anywhere in the dump (kube-system included).
    public var deployments: [KubeDeployment]
    public var daemonSets: [KubeDaemonSet]
    public var apiServices: [KubeAPIService]
}

/// Observed health of the LangSmith and ClickHouse pods.
public struct HealthModel: Sendable, Equatable {
    public var langSmithPods: [KubePod]
    public var clickHousePods: [KubePod]
    /// The pods the failure-mode rules watch: the LangSmith services' pods,
    /// the ClickHouse pods (chart StatefulSet or operator-managed), and the
    /// chart's own Redis and Postgres pods. Each pod once, in that order.
    public var pods: [KubePod]
}

/// Where `CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT` is set, and to what.
public struct AsyncInsertWaitSetting: Sendable, Equatable {
    public var value: String
    public var evidence: Evidence
}

public struct LeversModel: Sendable, Equatable {
    public var asyncInsertWait: [AsyncInsertWaitSetting]
}

/// A modeled boolean or integer written with the wrong YAML type.
public struct TypeIssue: Sendable, Equatable {
    public var path: String
    public var location: SourceLocation
    public var expected: String
    public var found: String
}

/// A user key the chart version does not know, or ignores after a rename.
public struct KeyIssue: Sendable, Equatable {
    public var path: String
    public var location: SourceLocation
    /// A likely intended key (`apiURL`), or the replacement of a legacy key.
    public var suggestion: String?
}

public struct HygieneModel: Sendable, Equatable {
    public var typeIssues: [TypeIssue]
    public var unknownKeys: [KeyIssue]
    public var legacyKeys: [KeyIssue]
}
