/// A Pod: health (phase, conditions, container statuses), resources and mounts.
public struct KubePod: Sendable, Equatable {
    /// Set once: `workloadKey` is derived from it (only the module moves its location).
    public internal(set) var meta: KubeObjectMeta
    /// `Pending`, `Running`, `Succeeded`, `Failed`, `Unknown`.
    public var phase: Fact<String?>
    public var nodeName: Fact<String?>
    public var conditions: Fact<[KubeCondition]>
    public var containers: Fact<[KubeContainer]>
    /// PVC names mounted through `spec.volumes[].persistentVolumeClaim`.
    public var claimNames: Fact<[String]>
    public var containerStatuses: Fact<[KubeContainerStatus]>
    /// Init containers can be OOMKilled too (a ClickHouse init that loads data).
    public var initContainerStatuses: Fact<[KubeContainerStatus]>
    /// The pod's component label, else its owner workload's name.
    let workloadKey: PodWorkloadKey

    public init(meta: KubeObjectMeta, phase: Fact<String?> = .known(nil), nodeName: Fact<String?> = .known(nil),
                conditions: Fact<[KubeCondition]> = .known([]), containers: Fact<[KubeContainer]> = .known([]),
                claimNames: Fact<[String]> = .known([]), containerStatuses: Fact<[KubeContainerStatus]> = .known([]),
                initContainerStatuses: Fact<[KubeContainerStatus]> = .known([])) {
        var owners = PodWorkloadKey.OwnerCache()
        self.init(meta: meta, workloadKey: PodWorkloadKey(meta, owners: &owners), phase: phase, nodeName: nodeName,
                  conditions: conditions, containers: containers, claimNames: claimNames,
                  containerStatuses: containerStatuses, initContainerStatuses: initContainerStatuses)
    }

    init(meta: consuming KubeObjectMeta, workloadKey: PodWorkloadKey, phase: Fact<String?>, nodeName: Fact<String?>,
         conditions: Fact<[KubeCondition]>, containers: Fact<[KubeContainer]>, claimNames: Fact<[String]>,
         containerStatuses: Fact<[KubeContainerStatus]>, initContainerStatuses: Fact<[KubeContainerStatus]>) {
        self.workloadKey = workloadKey
        self.meta = meta
        self.phase = phase
        self.nodeName = nodeName
        self.conditions = conditions
        self.containers = containers
        self.claimNames = claimNames
        self.containerStatuses = containerStatuses
        self.initContainerStatuses = initContainerStatuses
    }

    /// The `Ready` condition: `.known(nil)` when the pod does not report it.
    public var isReady: Fact<Bool?> { conditions.isTrue("Ready") }

    /// Pending because the scheduler found no node (`PodScheduled` False, reason `Unschedulable`).
    public var isUnschedulable: Fact<Bool> {
        guard case .known(let phase) = phase, case .known(let scheduled) = conditions.condition("PodScheduled") else {
            return .unknown
        }
        return .known(phase == "Pending" && scheduled?.status == "False" && scheduled?.reason == "Unschedulable")
    }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta,
                     owners: inout PodWorkloadKey.OwnerCache) -> KubePod {
        let workloadKey = PodWorkloadKey(meta, owners: &owners)
        return KubePod(meta: meta, workloadKey: workloadKey,
                phase: reader.string(reader.field(object, "status.phase")),
                nodeName: reader.string(reader.field(object, "spec.nodeName")),
                conditions: reader.conditions(reader.field(object, "status.conditions")),
                containers: reader.containers(reader.field(object, "spec.containers")),
                claimNames: reader.claimNames(reader.field(object, "spec.volumes")),
                containerStatuses: reader.containerStatuses(reader.field(object, "status.containerStatuses")),
                initContainerStatuses: reader.containerStatuses(reader.field(object, "status.initContainerStatuses")))
    }
}

/// One entry of `status.containerStatuses`: what the crash-loop and OOM rules read.
public struct KubeContainerStatus: Sendable, Equatable {
    public var name: String
    public var ready: Fact<Bool?>
    public var restartCount: Fact<Int?>
    /// `state.waiting.reason` (`CrashLoopBackOff`, `ImagePullBackOff`...).
    public var waitingReason: Fact<String?>
    /// `state.terminated.reason` (`OOMKilled`, `Error`, `Completed`).
    public var terminatedReason: Fact<String?>
    /// `lastState.terminated.reason`: why the previous run ended.
    public var lastTerminatedReason: Fact<String?>

    public init(name: String, ready: Fact<Bool?> = .known(nil), restartCount: Fact<Int?> = .known(nil),
                waitingReason: Fact<String?> = .known(nil), terminatedReason: Fact<String?> = .known(nil),
                lastTerminatedReason: Fact<String?> = .known(nil)) {
        self.name = name
        self.ready = ready
        self.restartCount = restartCount
        self.waitingReason = waitingReason
        self.terminatedReason = terminatedReason
        self.lastTerminatedReason = lastTerminatedReason
    }

    /// OOMKilled now or on the previous run; unknown when either reason is.
    public var wasOOMKilled: Fact<Bool> {
        guard case .known(let current) = terminatedReason, case .known(let last) = lastTerminatedReason else {
            return .unknown
        }
        return .known(current == "OOMKilled" || last == "OOMKilled")
    }
}

extension ObjectReader {
    mutating func containerStatuses(_ field: Field) -> Fact<[KubeContainerStatus]> {
        each(field) { reader, element in
            guard reader.requireMap(element),
                  let name = reader.requiredString(reader.field(element, "name")).value else { return .unknown }
            return .known(KubeContainerStatus(
                name: name,
                ready: reader.bool(reader.field(element, "ready")),
                restartCount: reader.count(reader.field(element, "restartCount")),
                waitingReason: reader.string(reader.field(element, "state.waiting.reason")),
                terminatedReason: reader.string(reader.field(element, "state.terminated.reason")),
                lastTerminatedReason: reader.string(reader.field(element, "lastState.terminated.reason"))))
        }
    }
}
