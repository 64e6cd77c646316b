extension ClusterInventoryBuilder {
    /// Adds what `later` read, as if its objects had been added here one by
    /// one after everything so far: the same objects (a later copy replacing
    /// an earlier one in place), warnings and counts, in the same order.
    mutating func append(_ later: ClusterInventoryBuilder) {
        let other = later.inventory
        for file in other.files { noteFile(file) }
        appendObjects(other.nodes, \.nodes)
        appendObjects(other.storageClasses, \.storageClasses)
        appendObjects(other.csiDrivers, \.csiDrivers)
        appendObjects(other.persistentVolumeClaims, \.persistentVolumeClaims)
        appendObjects(other.pods, \.pods)
        appendObjects(other.deployments, \.deployments)
        appendObjects(other.statefulSets, \.statefulSets)
        appendObjects(other.daemonSets, \.daemonSets)
        appendObjects(other.jobs, \.jobs)
        appendObjects(other.horizontalPodAutoscalers, \.horizontalPodAutoscalers)
        appendObjects(other.ingresses, \.ingresses)
        appendObjects(other.services, \.services)
        appendObjects(other.apiServices, \.apiServices)
        appendObjects(other.scaledObjects, \.scaledObjects)
        appendObjects(other.clickHouseInstallations, \.clickHouseInstallations)
        for (kind, count) in other.skippedKinds { inventory.skippedKinds[kind, default: 0] += count }
        inventory.warnings += other.warnings
    }

    private mutating func appendObjects<Object: KubeObject>(_ objects: [Object], _ list: WritableKeyPath<ClusterInventory, [Object]>) {
        for object in objects { store(object, Self.key(object.meta), list) }
    }
}

/// A modeled object: every Kube* type keeps its metadata as `meta`.
protocol KubeObject {
    var meta: KubeObjectMeta { get }
}

extension KubeNode: KubeObject {}
extension KubeStorageClass: KubeObject {}
extension KubeCSIDriver: KubeObject {}
extension KubePersistentVolumeClaim: KubeObject {}
extension KubePod: KubeObject {}
extension KubeDeployment: KubeObject {}
extension KubeStatefulSet: KubeObject {}
extension KubeDaemonSet: KubeObject {}
extension KubeJob: KubeObject {}
extension KubeHorizontalPodAutoscaler: KubeObject {}
extension KubeIngress: KubeObject {}
extension KubeService: KubeObject {}
extension KubeAPIService: KubeObject {}
extension KubeScaledObject: KubeObject {}
extension KubeClickHouseInstallation: KubeObject {}
