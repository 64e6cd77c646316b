extension ClusterInventoryBuilder {
    /// Adds what `later` read, as if its objects had been added here one by
    /// one after everything so far: the same objects (a later copy replacing
    /// an earlier one in place), warnings and counts, in the same order.
    /// `knownDisjoint`: the caller checked that no object of `later` is one of ours.
    mutating func append(_ later: ClusterInventoryBuilder, knownDisjoint: Bool = false) {
        let other = later.inventory
        for file in other.files { noteFile(file) }
        if knownDisjoint || seen.isDisjoint(with: later.seen) {
            appendDisjoint(later)
        } else {
            appendOneByOne(other)
        }
        for (kind, count) in other.skippedKinds { inventory.skippedKinds[kind, default: 0] += count }
        inventory.warnings += other.warnings
    }

    /// No object of `later` is one of ours: its arrays follow ours whole, and
    /// its keys move up by the count of ours of their kind.
    private mutating func appendDisjoint(_ later: ClusterInventoryBuilder) {
        appendSeen(later.seen, offsets: Dictionary(uniqueKeysWithValues: KubeKind.allCases.map { ($0.rawValue, inventory.count(of: $0)) }))
        let other = later.inventory
        inventory.nodes += other.nodes
        inventory.storageClasses += other.storageClasses
        inventory.csiDrivers += other.csiDrivers
        inventory.persistentVolumeClaims += other.persistentVolumeClaims
        inventory.pods += other.pods
        inventory.deployments += other.deployments
        inventory.statefulSets += other.statefulSets
        inventory.daemonSets += other.daemonSets
        inventory.jobs += other.jobs
        inventory.horizontalPodAutoscalers += other.horizontalPodAutoscalers
        inventory.ingresses += other.ingresses
        inventory.services += other.services
        inventory.apiServices += other.apiServices
        inventory.scaledObjects += other.scaledObjects
        inventory.clickHouseInstallations += other.clickHouseInstallations
    }

    /// Objects of `other` stored one by one (a later copy replacing ours in place).
    private mutating func appendOneByOne(_ other: ClusterInventory) {
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
    }

    private mutating func appendObjects<Object: KubeObject>(_ objects: [Object], _ list: WritableKeyPath<ClusterInventory, [Object]>) {
        for object in objects { store(object, ObjectKeyIndex.key(object.meta), list) }
    }
}

extension ClusterInventory {
    /// Objects of one modeled kind.
    func count(of kind: KubeKind) -> Int {
        switch kind {
        case .node: nodes.count
        case .storageClass: storageClasses.count
        case .csiDriver: csiDrivers.count
        case .persistentVolumeClaim: persistentVolumeClaims.count
        case .pod: pods.count
        case .deployment: deployments.count
        case .statefulSet: statefulSets.count
        case .daemonSet: daemonSets.count
        case .job: jobs.count
        case .horizontalPodAutoscaler: horizontalPodAutoscalers.count
        case .ingress: ingresses.count
        case .service: services.count
        case .apiService: apiServices.count
        case .scaledObject: scaledObjects.count
        case .clickHouseInstallation: clickHouseInstallations.count
        }
    }
}
