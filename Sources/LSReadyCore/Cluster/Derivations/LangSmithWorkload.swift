/// The objects of one LangSmith service in the cluster evidence.
public struct LangSmithWorkload: Sendable, Equatable {
    /// The service's `name` value (`queue`).
    public var service: String
    public var deployments: [KubeDeployment] = []
    public var statefulSets: [KubeStatefulSet] = []
    public var pods: [KubePod] = []
    /// HPAs whose `scaleTargetRef.name` is one of the workloads (or, when
    /// the workload itself is not in the dump, a name of this service).
    public var horizontalPodAutoscalers: [KubeHorizontalPodAutoscaler] = []
    public var scaledObjects: [KubeScaledObject] = []

    public init(service: String) {
        self.service = service
    }

    public var isEmpty: Bool {
        deployments.isEmpty && statefulSets.isEmpty && pods.isEmpty && horizontalPodAutoscalers.isEmpty && scaledObjects.isEmpty
    }

    /// The Deployment and StatefulSet names, which HPAs and ScaledObjects target.
    public var workloadNames: [String] { deployments.map(\.meta.name) + statefulSets.map(\.meta.name) }
}

extension ClusterInventory {
    /// The objects of the service `name` (`queue`, `platform-backend`), by
    /// the rules of `LangSmithServiceNames`. Pods match by their component
    /// label when they have one; else by the workload that owns them (a
    /// ReplicaSet's Deployment, a StatefulSet), or the name they were
    /// generated from, which must be a matched workload or match the name rule.
    public func langSmithWorkload(_ service: String,
                                  names: LangSmithServiceNames = LangSmithServiceNames()) -> LangSmithWorkload {
        var workload = LangSmithWorkload(service: service)
        workload.deployments = deployments.filter { names.object($0.meta, names: service) }
        workload.statefulSets = statefulSets.filter { names.object($0.meta, names: service) }
        let workloadNames = Set(workload.workloadNames)

        workload.pods = pods.filter { pod in
            if let component = pod.meta.labels.value?[LangSmithServiceNames.componentLabel] {
                return names.text(component, names: service)
            }
            let owner = PodOwnership.workloadName(of: pod)
            return workloadNames.contains(owner) || names.text(owner, names: service)
        }

        func targets(_ target: Fact<String?>) -> Bool {
            guard let name = target.present else { return false }
            return workloadNames.contains(name) || names.text(name, names: service)
        }
        workload.horizontalPodAutoscalers = horizontalPodAutoscalers.filter { targets($0.targetName) }
        workload.scaledObjects = scaledObjects.filter { targets($0.targetName) }
        return workload
    }
}
