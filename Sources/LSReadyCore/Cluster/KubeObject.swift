/// A modeled object: every Kube* type keeps its metadata as `meta`.
protocol KubeObject {
    var meta: KubeObjectMeta { get set }
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
