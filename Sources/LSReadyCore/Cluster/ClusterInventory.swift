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

    /// Visits every modeled object's labels, kind by kind in the order of the
    /// properties above (the chart label is searched across kinds). Only the
    /// labels are read: passing a whole object, or its metadata, to a closure
    /// copies it (the caller cannot prove the closure leaves the array alone),
    /// retaining and releasing each field, tens of thousands of times.
    public func forEachLabels(_ body: (Fact<[String: String]>) -> Void) {
        for index in nodes.indices { body(nodes[index].meta.labels) }
        for index in storageClasses.indices { body(storageClasses[index].meta.labels) }
        for index in csiDrivers.indices { body(csiDrivers[index].meta.labels) }
        for index in persistentVolumeClaims.indices { body(persistentVolumeClaims[index].meta.labels) }
        for index in pods.indices { body(pods[index].meta.labels) }
        for index in deployments.indices { body(deployments[index].meta.labels) }
        for index in statefulSets.indices { body(statefulSets[index].meta.labels) }
        for index in daemonSets.indices { body(daemonSets[index].meta.labels) }
        for index in jobs.indices { body(jobs[index].meta.labels) }
        for index in horizontalPodAutoscalers.indices { body(horizontalPodAutoscalers[index].meta.labels) }
        for index in ingresses.indices { body(ingresses[index].meta.labels) }
        for index in services.indices { body(services[index].meta.labels) }
        for index in apiServices.indices { body(apiServices[index].meta.labels) }
        for index in scaledObjects.indices { body(scaledObjects[index].meta.labels) }
        for index in clickHouseInstallations.indices { body(clickHouseInstallations[index].meta.labels) }
    }
}
