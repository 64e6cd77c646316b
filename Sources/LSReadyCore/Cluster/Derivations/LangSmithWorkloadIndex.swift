/// `ClusterInventory.langSmithWorkload` for many services at the cost of one
/// pass over the objects. The model asks for every service and datastore;
/// filtering all pods for each of them made a dump of 18,000 pods cost a
/// sixth of the audit. Each object's matching name (component label, owner
/// workload, HPA target) is computed once (a pod's when it is read:
/// `PodWorkloadKey`), and objects are grouped by it; a service then tests
/// the distinct names that can end in it, not the objects. The result is the same objects in the same (input) order as
/// `langSmithWorkload`, which stays the definition
/// (`LangSmithWorkloadIndexTests` compares the two).
public struct LangSmithWorkloadIndex: Sendable {
    private let inventory: ClusterInventory
    /// Pods with a component label, by that label.
    private let podsByComponent: ServiceNameIndex
    /// Pods without one, by the workload that owns them (`PodOwnership`).
    private let podsByOwner: ServiceNameIndex
    /// Deployments and StatefulSets by their component label, else their name (`LangSmithServiceNames.object`).
    private let deployments: ServiceNameIndex
    private let statefulSets: ServiceNameIndex
    /// HPAs and ScaledObjects by their target's name.
    private let autoscalers: ServiceNameIndex
    private let scaledObjects: ServiceNameIndex

    public init(_ inventory: ClusterInventory) {
        self.inventory = inventory
        // Each pod's component label or owner workload was derived when it was read (`PodWorkloadKey`).
        let pods = inventory.pods
        var components: [String?] = []
        var owners: [String?] = []
        components.reserveCapacity(pods.count)
        owners.reserveCapacity(pods.count)
        for index in pods.indices {
            switch pods[index].workloadKey {
            case .component(let component):
                components.append(component)
                owners.append(nil)
            case .owner(let owner):
                components.append(nil)
                owners.append(owner)
            }
        }
        podsByComponent = ServiceNameIndex(components)
        podsByOwner = ServiceNameIndex(owners)
        deployments = ServiceNameIndex(inventory.deployments.map { $0.meta.componentLabel ?? $0.meta.name })
        statefulSets = ServiceNameIndex(inventory.statefulSets.map { $0.meta.componentLabel ?? $0.meta.name })
        autoscalers = ServiceNameIndex(inventory.horizontalPodAutoscalers.map { $0.targetName.present })
        scaledObjects = ServiceNameIndex(inventory.scaledObjects.map { $0.targetName.present })
    }

    /// The same as `inventory.langSmithWorkload(service, names: names)`.
    public func workload(_ service: String, names: LangSmithServiceNames = LangSmithServiceNames()) -> LangSmithWorkload {
        var workload = LangSmithWorkload(service: service)
        workload.deployments = deployments.matching(service, names).map { inventory.deployments[$0] }
        workload.statefulSets = statefulSets.matching(service, names).map { inventory.statefulSets[$0] }
        let workloadNames = Set(workload.workloadNames)

        // A pod with a component label matches by the label alone; one without, by its owner.
        var pods = podsByComponent.matching(service, names) + podsByOwner.matching(service, names)
        for name in workloadNames { pods += podsByOwner.positions(of: name) }
        workload.pods = Self.ascendingUnique(pods).map { inventory.pods[$0] }

        func targets(_ index: ServiceNameIndex) -> [Int] {
            var found = index.matching(service, names)
            for name in workloadNames { found += index.positions(of: name) }
            return Self.ascendingUnique(found)
        }
        workload.horizontalPodAutoscalers = targets(autoscalers).map { inventory.horizontalPodAutoscalers[$0] }
        workload.scaledObjects = targets(scaledObjects).map { inventory.scaledObjects[$0] }
        return workload
    }

    /// Input order, each object once (an object can match both by name and by workload).
    private static func ascendingUnique(_ positions: [Int]) -> [Int] {
        var sorted = positions.sorted()
        var kept = 0
        for position in sorted where kept == 0 || sorted[kept - 1] != position {
            sorted[kept] = position
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}

/// Objects grouped by one name each (nil: the object has none and matches
/// nothing), answering "which objects' names match service S" by
/// `LangSmithServiceNames.text` without testing every name: an ASCII name
/// can only end in `-S` (or be `S`) for an S that follows one of its dashes,
/// so each ASCII name is listed under each such ending. Names that are not
/// ASCII, and services that are not, are compared the slow way, as Swift
/// compares strings (canonical equivalence can match them to ASCII text).
struct ServiceNameIndex: Sendable {
    /// The positions of the objects with each name, ascending.
    private var positionsByName: [String: [Int]] = [:]
    /// ASCII names under each ending they could match: `ls-ingest-queue` under
    /// `ls-ingest-queue`, `ingest-queue` and `queue`.
    private var namesByEnding: [String: [String]] = [:]
    private var nonASCIINames: [String] = []

    init(_ names: [String?]) {
        // One lookup per run of objects with one name (a workload's pods,
        // listed together), not per object; each distinct name indexed once.
        var run: (name: String, positions: [Int])?
        for (position, name) in names.enumerated() {
            guard let name else { continue }
            if run?.name == name {
                run?.positions.append(position)
                continue
            }
            if let run { positionsByName[run.name, default: []] += run.positions }
            run = (name, [position])
        }
        if let run { positionsByName[run.name, default: []] += run.positions }
        for name in positionsByName.keys { index(name) }
    }

    private mutating func index(_ name: String) {
        let bytes = name.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            nonASCIINames.append(name)
            return
        }
        namesByEnding[name, default: []].append(name)
        var index = bytes.startIndex
        while let dash = bytes[index...].firstIndex(of: UInt8(ascii: "-")) {
            index = bytes.index(after: dash)
            namesByEnding[String(name[index...]), default: []].append(name)
        }
    }

    /// The positions of the objects named `name` exactly, ascending.
    func positions(of name: String) -> [Int] {
        positionsByName[name] ?? []
    }

    /// The positions of the objects whose name matches `service`
    /// (`names.text(name, names: service)`), ascending.
    func matching(_ service: String, _ names: LangSmithServiceNames) -> [Int] {
        let candidates: [String]
        if service.utf8.allSatisfy({ $0 < 0x80 }) {
            candidates = (namesByEnding[service] ?? []) + nonASCIINames
        } else {
            candidates = Array(positionsByName.keys)
        }
        var positions: [Int] = []
        for name in candidates where names.text(name, names: service) {
            positions += positionsByName[name] ?? []
        }
        return candidates.count > 1 ? positions.sorted() : positions
    }
}

extension KubeObjectMeta {
    /// The `app.kubernetes.io/component` label, which decides whether the object is a LangSmith service's.
    var componentLabel: String? {
        labels.value?[LangSmithServiceNames.componentLabel]
    }
}
