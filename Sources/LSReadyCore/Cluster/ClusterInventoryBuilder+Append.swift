extension ClusterInventoryBuilder {
    /// Adds what `later` read, as if its objects had been added here one by
    /// one after everything so far: the same objects (a later copy replacing
    /// an earlier one in place), warnings and counts, in the same order.
    /// `later` counted lines from its own start: every position of it moves
    /// `linesDown` lines. It is left empty (its objects are moved, not copied).
    /// `knownDisjoint`: the caller checked that no object of `later` is one of ours.
    mutating func append(_ later: inout ClusterInventoryBuilder, linesDown delta: Int = 0, knownDisjoint: Bool = false) {
        for file in later.inventory.files { noteFile(file) }
        if knownDisjoint || seen.isDisjoint(with: later.seen) {
            appendDisjoint(&later, linesDown: delta)
        } else {
            appendOneByOne(later.inventory, linesDown: delta)
        }
        for (kind, count) in later.inventory.skippedKinds { inventory.skippedKinds[kind, default: 0] += count }
        // Objects' and warnings' locations are the only positions an inventory holds.
        inventory.warnings.appendMoving(&later.inventory.warnings) { $0.location.line += delta }
    }

    /// No object of `later` is one of ours: its arrays follow ours whole, and
    /// its keys move up by the count of ours of their kind. Each kind by
    /// name: through a generic `meta` the whole metadata would be copied and written back.
    private mutating func appendDisjoint(_ later: inout ClusterInventoryBuilder, linesDown delta: Int) {
        appendSeen(later.seen, offsets: Dictionary(uniqueKeysWithValues: KubeKind.allCases.map { ($0.rawValue, inventory.count(of: $0)) }))
        inventory.nodes.appendMoving(&later.inventory.nodes) { $0.meta.location.line += delta }
        inventory.storageClasses.appendMoving(&later.inventory.storageClasses) { $0.meta.location.line += delta }
        inventory.csiDrivers.appendMoving(&later.inventory.csiDrivers) { $0.meta.location.line += delta }
        inventory.persistentVolumeClaims.appendMoving(&later.inventory.persistentVolumeClaims) { $0.meta.location.line += delta }
        inventory.pods.appendMoving(&later.inventory.pods) { $0.meta.location.line += delta }
        inventory.deployments.appendMoving(&later.inventory.deployments) { $0.meta.location.line += delta }
        inventory.statefulSets.appendMoving(&later.inventory.statefulSets) { $0.meta.location.line += delta }
        inventory.daemonSets.appendMoving(&later.inventory.daemonSets) { $0.meta.location.line += delta }
        inventory.jobs.appendMoving(&later.inventory.jobs) { $0.meta.location.line += delta }
        inventory.horizontalPodAutoscalers.appendMoving(&later.inventory.horizontalPodAutoscalers) { $0.meta.location.line += delta }
        inventory.ingresses.appendMoving(&later.inventory.ingresses) { $0.meta.location.line += delta }
        inventory.services.appendMoving(&later.inventory.services) { $0.meta.location.line += delta }
        inventory.apiServices.appendMoving(&later.inventory.apiServices) { $0.meta.location.line += delta }
        inventory.scaledObjects.appendMoving(&later.inventory.scaledObjects) { $0.meta.location.line += delta }
        inventory.clickHouseInstallations.appendMoving(&later.inventory.clickHouseInstallations) { $0.meta.location.line += delta }
    }

    /// Objects of `other` stored one by one (a later copy replacing ours in place).
    /// Rare (an object read twice), so a generic `meta` is good enough here.
    private mutating func appendOneByOne(_ other: ClusterInventory, linesDown delta: Int) {
        appendObjects(other.nodes, \.nodes, linesDown: delta)
        appendObjects(other.storageClasses, \.storageClasses, linesDown: delta)
        appendObjects(other.csiDrivers, \.csiDrivers, linesDown: delta)
        appendObjects(other.persistentVolumeClaims, \.persistentVolumeClaims, linesDown: delta)
        appendObjects(other.pods, \.pods, linesDown: delta)
        appendObjects(other.deployments, \.deployments, linesDown: delta)
        appendObjects(other.statefulSets, \.statefulSets, linesDown: delta)
        appendObjects(other.daemonSets, \.daemonSets, linesDown: delta)
        appendObjects(other.jobs, \.jobs, linesDown: delta)
        appendObjects(other.horizontalPodAutoscalers, \.horizontalPodAutoscalers, linesDown: delta)
        appendObjects(other.ingresses, \.ingresses, linesDown: delta)
        appendObjects(other.services, \.services, linesDown: delta)
        appendObjects(other.apiServices, \.apiServices, linesDown: delta)
        appendObjects(other.scaledObjects, \.scaledObjects, linesDown: delta)
        appendObjects(other.clickHouseInstallations, \.clickHouseInstallations, linesDown: delta)
    }

    private mutating func appendObjects<Object: KubeObject>(_ objects: [Object], _ list: WritableKeyPath<ClusterInventory, [Object]>,
                                                            linesDown delta: Int) {
        for var object in objects {
            object.meta.location.line += delta
            store(object, ObjectKeyIndex.key(object.meta), list)
        }
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
