/// What the cluster dump shows of the chart's own single-pod datastores
/// (Redis, Postgres), for `redis.external` and `postgres.external`.
extension DeploymentModel {
    /// The dump shows LangSmith's application workloads: a Deployment or a pod of any service.
    var clusterShowsLangSmith: Bool {
        services.contains { !$0.deployments.isEmpty || !$0.pods.isEmpty }
    }

    /// The chart-managed StatefulSet of a datastore and its pods, as evidence.
    /// Pods count too, so that a dump of pods alone still shows an in-chart store.
    /// `statefulSet` is the store's first matching StatefulSet, `pods` its matching pods (`RedisModel.observedPods`).
    func inChartDatastoreObjects(statefulSet: KubeStatefulSet?, pods: [KubePod]) -> [Evidence] {
        if let statefulSet {
            return [.object(statefulSet.meta.reference, in: statefulSet.meta.file, detail: "chart-managed StatefulSet")]
        }
        // A dump of pods alone: the chart's store is a StatefulSet pod (`langsmith-redis-0`), not a ReplicaSet's.
        return pods.filter { $0.meta.controller?.kind != "ReplicaSet" && $0.meta.controller?.kind != "Deployment" }
            .map { .object($0.meta.reference, in: $0.meta.file, detail: "pod of the chart-managed store") }
    }
}
