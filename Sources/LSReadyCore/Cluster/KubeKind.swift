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
    private var groups: Set<String> {
        switch self {
        case .node, .persistentVolumeClaim, .pod, .service: return [""]
        case .storageClass, .csiDriver: return ["storage.k8s.io"]
        case .deployment, .daemonSet: return ["apps", "extensions"]
        case .statefulSet: return ["apps"]
        case .job: return ["batch"]
        case .horizontalPodAutoscaler: return ["autoscaling"]
        case .ingress: return ["networking.k8s.io", "extensions"]
        case .apiService: return ["apiregistration.k8s.io"]
        case .scaledObject: return ["keda.sh"]
        case .clickHouseInstallation: return ["clickhouse.altinity.com"]
        }
    }

    init?(kind: String, apiVersion: String) {
        guard let known = KubeKind(rawValue: kind) else { return nil }
        let group = apiVersion.contains("/") ? String(apiVersion.prefix(while: { $0 != "/" })) : ""
        guard known.groups.contains(group) else { return nil }
        self = known
    }

    /// `List`, `PodList`, `DeploymentList`...: what `kubectl get -o json` prints.
    static func isList(_ kind: String) -> Bool { kind.hasSuffix("List") }
}
