/// The kinds the inventory models, recognised by kind and API group.
enum KubeKind: String, Sendable, CaseIterable {
    case node = "Node"
    case storageClass = "StorageClass"
    case csiDriver = "CSIDriver"
    case persistentVolumeClaim = "PersistentVolumeClaim"
    case pod = "Pod"
    case deployment = "Deployment"
    case statefulSet = "StatefulSet"
    case daemonSet = "DaemonSet"
    case job = "Job"
    case horizontalPodAutoscaler = "HorizontalPodAutoscaler"
    case ingress = "Ingress"
    case service = "Service"
    case apiService = "APIService"
    case scaledObject = "ScaledObject"
    case clickHouseInstallation = "ClickHouseInstallation"

    /// The API groups each kind is accepted from. Older groups are kept
    /// (`extensions` Deployments and Ingresses) because old dumps still exist;
    /// a kind from another group (a CRD that reuses a name) is skipped.
    private func accepts(group: Substring) -> Bool {
        switch self {
        case .node, .persistentVolumeClaim, .pod, .service: return group == ""
        case .storageClass, .csiDriver: return group == "storage.k8s.io"
        case .deployment, .daemonSet: return group == "apps" || group == "extensions"
        case .statefulSet: return group == "apps"
        case .job: return group == "batch"
        case .horizontalPodAutoscaler: return group == "autoscaling"
        case .ingress: return group == "networking.k8s.io" || group == "extensions"
        case .apiService: return group == "apiregistration.k8s.io"
        case .scaledObject: return group == "keda.sh"
        case .clickHouseInstallation: return group == "clickhouse.altinity.com"
        }
    }

    init?(kind: String, apiVersion: String) {
        guard let known = Self.byName[kind] else { return nil }
        // `apps/v1` → `apps`; `v1` (the core group) → "".
        let slash = apiVersion.utf8.firstIndex(of: UInt8(ascii: "/"))
        guard known.accepts(group: slash.map { apiVersion[..<$0] } ?? "") else { return nil }
        self = known
    }

    /// By kind: one hash, where `init(rawValue:)` compares the name with each case (it runs for every object of a dump, twice).
    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// Kinds whose annotations the inventory reads: those that rules and
    /// the model judge by annotation (an Ingress's controller settings, a
    /// Service's load-balancer scheme, the default StorageClass, a PVC's
    /// beta storage class, an `autoscaling/v1` HPA's metrics). Others keep
    /// none: a pod's or a Deployment's (often `last-applied-configuration`,
    /// kilobytes of JSON) are skipped with the rest of what no rule reads.
    var readsAnnotations: Bool {
        switch self {
        case .ingress, .service, .storageClass, .persistentVolumeClaim, .horizontalPodAutoscaler: return true
        case .node, .csiDriver, .pod, .deployment, .statefulSet, .daemonSet, .job, .apiService, .scaledObject,
             .clickHouseInstallation: return false
        }
    }

    /// `List`, `PodList`, `DeploymentList`...: what `kubectl get -o json` prints.
    static func isList(_ kind: String) -> Bool { kind.hasSuffix("List") }
}
