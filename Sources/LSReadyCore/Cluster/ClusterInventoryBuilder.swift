extension ClusterInventory {
    /// Builds the inventory from parsed documents. Never throws: an unusable
    /// object (no kind, no name) is skipped with a warning, and a malformed
    /// field makes only the facts that depend on it unknown.
    public static func build(from documents: [ClusterDocument]) -> ClusterInventory {
        var builder = ClusterInventoryBuilder()
        for document in documents {
            builder.noteFile(document.file)
            builder.add(document.node, file: document.file, listDepth: 0)
        }
        return builder.inventory
    }
}

/// Adds documents (or, when streaming, list items) to an inventory in input order.
struct ClusterInventoryBuilder {
    var inventory = ClusterInventory()
    /// `ObjectReader`'s path storage, handed from one object to the next.
    private var pathStorage: [ObjectReader.PathPiece] = []
    /// kind/namespace/name → index in its kind's array, for "later wins".
    private(set) var seen = ObjectKeyIndex()
    /// Warnings about skipped items, which name the item's position in their
    /// text ("object at dump.json:12:9"), unlike the warnings about fields.
    private(set) var positionedWarnings = 0
    /// The last pod owner's derived workload name (`PodWorkloadKey`).
    private var podOwners = PodWorkloadKey.OwnerCache()
    /// kubectl never nests lists; a deeper nesting is hostile or broken input.
    private let maximumListDepth = 8

    /// Lists the file once, when its first document is read.
    mutating func noteFile(_ file: String) {
        if !inventory.files.contains(file) { inventory.files.append(file) }
    }

    mutating func add(_ node: Node, file: String, listDepth: Int) {
        guard node.entries != nil else {
            warn(file, "object at \(node.location)", "is \(node.typeDescription), not a Kubernetes object; skipped", node.location)
            return
        }
        guard let kind = node["kind"]?.string, let apiVersion = node["apiVersion"]?.string else {
            warn(file, "object at \(node.location)", "has no string apiVersion and kind; skipped", node.location)
            return
        }
        if KubeKind.isList(kind) {
            addList(node, kind: kind, file: file, listDepth: listDepth)
            return
        }
        guard let modeled = KubeKind(kind: kind, apiVersion: apiVersion) else {
            inventory.skippedKinds[kind, default: 0] += 1
            return
        }
        addObject(node, kind: modeled, apiVersion: apiVersion, file: file)
    }

    private mutating func addList(_ node: Node, kind: String, file: String, listDepth: Int) {
        guard listDepth < maximumListDepth else {
            warn(file, "\(kind) at \(node.location)", "is nested too deeply; skipped", node.location)
            return
        }
        guard let itemsNode = node["items"], !itemsNode.isNull else { return }
        guard let items = itemsNode.items else {
            warn(file, "\(kind) at \(node.location)", "items is \(itemsNode.typeDescription), expected a list; its objects are unknown", itemsNode.location)
            return
        }
        for item in items { add(item, file: file, listDepth: listDepth + 1) }
    }

    /// Adds one object read by the filtering reader (a list item); false when
    /// the item is itself a list, which that reader leaves to the strict one.
    mutating func add(_ tape: ObjectTape) -> Bool {
        let location = tape.location(0)
        guard tape.tag(0) == .mapping else {
            warn(tape.file, "object at \(location)", "is \(tape.typeDescription(0)), not a Kubernetes object; skipped", location)
            return true
        }
        guard let kind = tape.member(0, "kind").flatMap(tape.string),
              let apiVersion = tape.member(0, "apiVersion").flatMap(tape.string) else {
            warn(tape.file, "object at \(location)", "has no string apiVersion and kind; skipped", location)
            return true
        }
        if KubeKind.isList(kind) { return false }
        guard let modeled = KubeKind(kind: kind, apiVersion: apiVersion) else {
            inventory.skippedKinds[kind, default: 0] += 1
            return true
        }
        addObject(tape, kind: modeled, apiVersion: apiVersion, file: tape.file, location: location)
        return true
    }

    private mutating func addObject(_ node: Node, kind: KubeKind, apiVersion: String, file: String) {
        addObject(ObjectTape(node, file: file), kind: kind, apiVersion: apiVersion, file: file, location: node.location)
    }

    private mutating func addObject(_ tape: ObjectTape, kind: KubeKind, apiVersion: String, file: String, location: SourceLocation) {
        let nameSlot = tape.member(0, "metadata").flatMap { tape.member($0, "name") }
        guard let name = nameSlot.flatMap(tape.string), !name.isEmpty else {
            let found = nameSlot.map { "metadata.name is \(tape.typeDescription($0)), expected a string" } ?? "has no metadata.name"
            warn(file, "\(kind.rawValue) at \(location)", "\(found); skipped", location)
            return
        }
        var reader = ObjectReader(file: file, kind: kind.rawValue, name: name, objectLocation: location, tape: tape)
        reader.swapPathStorage(&pathStorage)
        defer { reader.swapPathStorage(&pathStorage) }
        let object = reader.root()
        let metadata = reader.field(object, "metadata")
        let owners = reader.each(reader.field(metadata, "ownerReferences")) { reader, element -> Fact<KubeOwnerReference> in
            guard reader.requireMap(element),
                  let ownerKind = reader.requiredString(reader.field(element, "kind")).value,
                  let ownerName = reader.requiredString(reader.field(element, "name")).value,
                  let controller = reader.bool(reader.field(element, "controller")).value else { return .unknown }
            return .known(KubeOwnerReference(kind: ownerKind, name: ownerName, isController: controller ?? false))
        }
        let meta = KubeObjectMeta(
            kind: kind.rawValue, apiVersion: apiVersion, name: name,
            namespace: reader.string(reader.field(metadata, "namespace")).present,
            labels: reader.stringMap(reader.field(metadata, "labels")),
            annotations: kind.readsAnnotations ? reader.stringMap(reader.field(metadata, "annotations")) : .known([:]),
            ownerReferences: owners, file: file, location: location)
        let key = ObjectKeyIndex.key(meta)

        switch kind {
        case .node: store(KubeNode.read(&reader, object, meta: meta), key, \.nodes)
        case .storageClass: store(KubeStorageClass.read(&reader, object, meta: meta), key, \.storageClasses)
        case .csiDriver: store(KubeCSIDriver(meta: meta), key, \.csiDrivers)
        case .persistentVolumeClaim: store(KubePersistentVolumeClaim.read(&reader, object, meta: meta), key, \.persistentVolumeClaims)
        case .pod: store(KubePod.read(&reader, object, meta: meta, owners: &podOwners), key, \.pods)
        case .deployment: store(KubeDeployment.read(&reader, object, meta: meta), key, \.deployments)
        case .statefulSet: store(KubeStatefulSet.read(&reader, object, meta: meta), key, \.statefulSets)
        case .daemonSet: store(KubeDaemonSet.read(&reader, object, meta: meta), key, \.daemonSets)
        case .job: store(KubeJob.read(&reader, object, meta: meta), key, \.jobs)
        case .horizontalPodAutoscaler: store(KubeHorizontalPodAutoscaler.read(&reader, object, meta: meta), key, \.horizontalPodAutoscalers)
        case .ingress: store(KubeIngress.read(&reader, object, meta: meta), key, \.ingresses)
        case .service: store(KubeService.read(&reader, object, meta: meta), key, \.services)
        case .apiService: store(KubeAPIService.read(&reader, object, meta: meta), key, \.apiServices)
        case .scaledObject: store(KubeScaledObject.read(&reader, object, meta: meta), key, \.scaledObjects)
        case .clickHouseInstallation: store(KubeClickHouseInstallation.read(&reader, object, meta: meta), key, \.clickHouseInstallations)
        }
        inventory.warnings += reader.warnings
    }

    /// Adds `later`'s keys, for objects now stored after ours (`offsets`: each kind's count before them).
    mutating func appendSeen(_ later: ObjectKeyIndex, offsets: [String: Int]) {
        seen.append(later, offsets: offsets)
    }

    /// Appends, or replaces the earlier copy in place (stable order, later content).
    mutating func store<Object>(_ object: __owned Object, _ key: String, _ list: WritableKeyPath<ClusterInventory, [Object]>) {
        if let index = seen.indexForStoring(key) {
            inventory[keyPath: list][index] = object
        } else {
            seen.insert(key, at: inventory[keyPath: list].count)
            inventory[keyPath: list].append(object)
        }
    }

    private mutating func warn(_ file: String, _ object: String, _ message: String, _ location: SourceLocation) {
        inventory.warnings.append(ClusterWarning(file: file, object: object, message: message, location: location))
        positionedWarnings += 1
    }
}
