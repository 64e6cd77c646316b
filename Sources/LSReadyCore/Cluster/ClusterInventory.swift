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
        var all: [KubeObjectMeta] = []
        all.reserveCapacity(objectCount)
        forEachMetadata { all.append($0) }
        return all
    }

    /// Visits every modeled object's metadata in `allMetadata`'s order, without
    /// copying them all into one array (a cluster's dump has tens of thousands).
    public func forEachMetadata(_ body: (KubeObjectMeta) -> Void) {
        for object in nodes { body(object.meta) }
        for object in storageClasses { body(object.meta) }
        for object in csiDrivers { body(object.meta) }
        for object in persistentVolumeClaims { body(object.meta) }
        for object in pods { body(object.meta) }
        for object in deployments { body(object.meta) }
        for object in statefulSets { body(object.meta) }
        for object in daemonSets { body(object.meta) }
        for object in jobs { body(object.meta) }
        for object in horizontalPodAutoscalers { body(object.meta) }
        for object in ingresses { body(object.meta) }
        for object in services { body(object.meta) }
        for object in apiServices { body(object.meta) }
        for object in scaledObjects { body(object.meta) }
        for object in clickHouseInstallations { body(object.meta) }
    }
}
