/// One read-only `kubectl get` that `collect` runs. Every call is a `get`
/// with `-o json`; none names Secrets (or ConfigMaps), so a dump can be
/// shared with whoever audits it.
struct KubectlCall: Equatable {
    /// The arguments after `kubectl` (and after `--context` when given).
    var arguments: [String]
    /// An optional CRD: when the cluster does not know the resource type the
    /// call is skipped with a note instead of failing.
    var optionalResource: String?

    /// The calls of one collection, in the order they run. The namespaced
    /// kinds are fetched in one call (kubectl returns one `List`); the two
    /// CRDs separately, because a cluster without the CRD fails the whole call.
    static func plan(namespace: String) -> [KubectlCall] {
        [
            KubectlCall(arguments: ["get", "pods,persistentvolumeclaims,statefulsets,deployments,jobs,horizontalpodautoscalers,ingresses,services",
                                    "-n", namespace, "-o", "json"]),
            KubectlCall(arguments: ["get", "scaledobjects.keda.sh", "-n", namespace, "-o", "json"],
                        optionalResource: "scaledobjects.keda.sh (KEDA)"),
            KubectlCall(arguments: ["get", "clickhouseinstallations.clickhouse.altinity.com", "-n", namespace, "-o", "json"],
                        optionalResource: "clickhouseinstallations.clickhouse.altinity.com (Altinity operator)"),
            KubectlCall(arguments: ["get", "nodes,storageclasses,csidrivers,apiservices", "-o", "json"]),
            KubectlCall(arguments: ["get", "deployments,daemonsets", "-n", "kube-system", "-o", "json"]),
        ]
    }

    /// `kubectl get nodes,storageclasses,csidrivers,apiservices -o json`, for messages.
    var commandLine: String {
        (["kubectl"] + arguments).joined(separator: " ")
    }

    /// kubectl's words when the API server has no such resource type (the CRD is not installed).
    static func isUnknownResourceType(_ standardError: String) -> Bool {
        standardError.contains("the server doesn't have a resource type")
            || standardError.contains("no matches for kind")
    }
}
