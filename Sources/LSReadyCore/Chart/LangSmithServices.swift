/// How strongly `autoscaling.hpa` expects a service to be autoscaled
/// (CATALOG Section 5).
public enum AutoscalingExpectation: Sendable, Hashable {
    /// The required set: not autoscaled → fail.
    case required
    /// The recommended set: not autoscaled → at-risk.
    case recommended
    /// Recommended, but only when the service is enabled (`<svc>.enabled`).
    case recommendedWhenEnabled
    /// Not judged by the autoscaling rules.
    case none
}

/// A LangSmith application service the rules reason about.
public struct LangSmithService: Sendable, Hashable {
    /// Its section in the values (`platformBackend`).
    public let valueKey: String
    /// The chart's default `<valueKey>.name` (`platform-backend`): workloads
    /// are found in a cluster by this suffix.
    public let defaultName: String
    public let autoscaling: AutoscalingExpectation
}

/// A datastore the chart can run in-cluster.
public struct LangSmithDatastore: Sendable, Hashable {
    public let valueKey: String
    public let defaultName: String
}

/// The LangSmith workloads, as data, in the order reports list them.
/// A test checks every default name against each chart snapshot that has the section.
public enum LangSmithServices {
    public static let services: [LangSmithService] = [
        LangSmithService(valueKey: "backend", defaultName: "backend", autoscaling: .required),
        LangSmithService(valueKey: "platformBackend", defaultName: "platform-backend", autoscaling: .required),
        LangSmithService(valueKey: "queue", defaultName: "queue", autoscaling: .required),
        LangSmithService(valueKey: "ingestQueue", defaultName: "ingest-queue", autoscaling: .recommendedWhenEnabled),
        LangSmithService(valueKey: "frontend", defaultName: "frontend", autoscaling: .recommended),
        LangSmithService(valueKey: "playground", defaultName: "playground", autoscaling: .recommended),
        LangSmithService(valueKey: "aceBackend", defaultName: "ace-backend", autoscaling: .recommended),
        LangSmithService(valueKey: "hostBackend", defaultName: "host-backend", autoscaling: .none),
        LangSmithService(valueKey: "listener", defaultName: "listener", autoscaling: .none),
    ]

    public static let datastores: [LangSmithDatastore] = [
        LangSmithDatastore(valueKey: "clickhouse", defaultName: "clickhouse"),
        LangSmithDatastore(valueKey: "postgres", defaultName: "postgres"),
        LangSmithDatastore(valueKey: "redis", defaultName: "redis"),
    ]

    /// backend, platformBackend, queue.
    public static var requiredAutoscaling: [LangSmithService] {
        services.filter { $0.autoscaling == .required }
    }

    /// frontend, playground, aceBackend, and ingestQueue (when enabled: the caller decides).
    public static var recommendedAutoscaling: [LangSmithService] {
        services.filter { $0.autoscaling == .recommended || $0.autoscaling == .recommendedWhenEnabled }
    }

    public static func service(valueKey: String) -> LangSmithService? {
        services.first { $0.valueKey == valueKey }
    }
}
