/// What ties a pod to a LangSmith service (`LangSmithWorkloadIndex`): its
/// `app.kubernetes.io/component` label, else the name of the workload that
/// owns it (`PodOwnership`). Derived once, when the pod is made, while its
/// metadata is at hand: deriving it for every pod of a large dump afterwards
/// meant a cache miss per label map, owner list and name.
enum PodWorkloadKey: Sendable, Equatable {
    case component(String)
    case owner(String)

    init(_ meta: borrowing KubeObjectMeta, owners: inout OwnerCache) {
        if let component = meta.labels.value?[LangSmithServiceNames.componentLabel] {
            self = .component(component)
        } else {
            self = .owner(owners.workloadName(ownerReferences: meta.ownerReferences, podName: meta.name))
        }
    }

    /// The last controller owner and the workload name derived from it: a
    /// workload's pods are listed together (kubectl sorts by name), so they
    /// share one derivation, and one string.
    struct OwnerCache {
        private var last: (kind: String, name: String, workload: String)?

        mutating func workloadName(ownerReferences: Fact<[KubeOwnerReference]>, podName: String) -> String {
            guard let owner = KubeObjectMeta.controller(among: ownerReferences) else {
                return PodOwnership.workloadName(ownerReferences: ownerReferences, podName: podName)
            }
            if let last, last.name == owner.name, last.kind == owner.kind { return last.workload }
            let workload = PodOwnership.workloadName(ownerReferences: ownerReferences, podName: podName)
            last = (owner.kind, owner.name, workload)
            return workload
        }
    }
}
