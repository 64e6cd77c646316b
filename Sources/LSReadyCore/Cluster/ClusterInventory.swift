/// Every modeled object of the cluster evidence, typed, plus what was
/// skipped and why. Objects keep input order; an object given twice
/// (same kind, namespace and name) is kept once, the later copy winning.
public struct ClusterInventory: Sendable, Equatable {
    public var nodes: [KubeNode] = []
    public var storageClasses: [KubeStorageClass] = []
    public var csiDrivers: [KubeCSIDriver] = []
    public var persistentVolumeClaims: [KubePersistentVolumeClaim] = []
    public var pods: [KubePod] = []
    public var deployments: [KubeDeployment] = []
    public var statefulSets: [KubeStatefulSet] = []
    public var daemonSets: [KubeDaemonSet] = []
    public var jobs: [KubeJob] = []
    public var horizontalPodAutoscalers: [KubeHorizontalPodAutoscaler] = []
    public var ingresses: [KubeIngress] = []
    public var services: [KubeService] = []
    public var apiServices: [KubeAPIService] = []
    public var scaledObjects: [KubeScaledObject] = []
    public var clickHouseInstallations: [KubeClickHouseInstallation] = []

    /// Objects of kinds the rules do not read (`ConfigMap`: 12), by kind.
    public var skippedKinds: [String: Int] = [:]
    /// Malformed fields and unusable objects, in input order.
    public var warnings: [ClusterWarning] = []
    /// The files the evidence came from, in input order.
    public var files: [String] = []

    public init() {}

    /// True when no modeled object was read (only skipped kinds, or nothing).
    public var isEmpty: Bool { objectCount == 0 }

    public var objectCount: Int {
        nodes.count + storageClasses.count + csiDrivers.count + persistentVolumeClaims.count + pods.count
            + deployments.count + statefulSets.count + daemonSets.count + jobs.count + horizontalPodAutoscalers.count
            + ingresses.count + services.count + apiServices.count + scaledObjects.count + clickHouseInstallations.count
    }

    /// Every modeled object's metadata, for searches across kinds (the chart label).
    public var allMetadata: [KubeObjectMeta] {
        nodes.map(\.meta) + storageClasses.map(\.meta) + csiDrivers.map(\.meta) + persistentVolumeClaims.map(\.meta)
            + pods.map(\.meta) + deployments.map(\.meta) + statefulSets.map(\.meta) + daemonSets.map(\.meta)
            + jobs.map(\.meta) + horizontalPodAutoscalers.map(\.meta) + ingresses.map(\.meta) + services.map(\.meta)
            + apiServices.map(\.meta) + scaledObjects.map(\.meta) + clickHouseInstallations.map(\.meta)
    }
}
