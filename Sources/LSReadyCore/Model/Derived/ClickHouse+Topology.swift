/// Where ClickHouse runs and how many replicas it has, as the ClickHouse,
/// capacity and scaling rules need it: from the values when they were
/// given, else from the ClickHouse objects of the cluster dump.
enum ClickHouseReplicaCount: Sendable, Equatable {
    /// The chart's own StatefulSet: one replica, unless the dump shows the
    /// StatefulSet scaled (its pods are then separate single nodes, not replicas).
    case inChart(pods: Int, [Evidence])
    /// LangSmith-managed ClickHouse: sized by LangSmith.
    case managed([Evidence])
    /// External ClickHouse with `clickhouse.external.cluster` empty: LangSmith uses it as a single node.
    case unnamedCluster([Evidence])
    /// Replicas counted from the dump's ClickHouseInstallation cluster. `named` is false when no
    /// values told which cluster LangSmith uses (the dump had only one).
    case counted(Int, cluster: String, named: Bool, evidence: [Evidence])
    /// The count cannot be decided; the message says which input would decide it.
    case unknown(String, [Evidence])
}

extension ClickHouseModel {
    /// Any ClickHouse object (StatefulSet, installation, pod, PVC) in the dump.
    var hasObservedObjects: Bool {
        !statefulSets.isEmpty || !installations.isEmpty || !pods.isEmpty || !claims.isEmpty
    }

    /// The chart's own StatefulSets (not the operator's `chi-…` ones).
    var chartStatefulSets: [KubeStatefulSet] {
        statefulSets.filter { !$0.meta.name.hasPrefix("chi-") }
    }
}

extension DeploymentModel {
    /// The topology the rules judge: the values' when values were given;
    /// without values, the dump's objects (an installation: external; the
    /// chart's StatefulSet or pods: in-chart); nil when nothing decides.
    var clickHouseTopology: ClickHouseTopology? {
        if hasValues { return clickhouse.topology }
        if !clickhouse.installations.isEmpty { return .external }
        if clickhouse.hasObservedObjects { return .inChart }
        return nil
    }

    /// Evidence for the topology: the values settings, or the dump's objects.
    var clickHouseTopologyEvidence: [Evidence] {
        if hasValues { return clickhouse.topologyEvidence }
        let objects = clickhouse.installations.map(\.meta) + clickhouse.chartStatefulSets.map(\.meta)
        return objects.map { .object($0.reference, in: $0.file, detail: "ClickHouse in the dump; no values given") }
    }

    /// CATALOG §3 `clickhouse.replicated`: the replica count, from the
    /// installation cluster `clickhouse.external.cluster` names.
    var clickHouseReplicas: ClickHouseReplicaCount {
        let topologyEvidence = clickHouseTopologyEvidence
        switch clickHouseTopology {
        case .inChart?:
            return .inChart(pods: inChartPodCount, topologyEvidence + inChartPodEvidence)
        case .managed?:
            return .managed(topologyEvidence)
        case nil:
            return .unknown("Neither values nor ClickHouse objects in the evidence: supply the values files, or a cluster dump with the ClickHouse StatefulSet or ClickHouseInstallation.", [])
        case .external?:
            break
        }
        let clusterName = clickhouse.clusterName
        if hasValues {
            if clusterName.value.isEmpty { return .unnamedCluster(topologyEvidence + [clusterName.evidence()]) }
            guard hasCluster else {
                return .unknown("External ClickHouse cluster \"\(clusterName.value)\": supply a cluster dump with its ClickHouseInstallation (or its pods) to count the replicas.",
                                topologyEvidence + [clusterName.evidence()])
            }
        }
        if hasValues && clickhouse.installations.isEmpty && !clickhouse.pods.isEmpty {
            // No operator installation: count the ClickHouse pods the dump shows.
            let pods = clickhouse.pods
            return .counted(pods.count, cluster: clusterName.value, named: true,
                            evidence: [clusterName.evidence()] + pods.map { .object($0.meta.reference, in: $0.meta.file, detail: "ClickHouse pod") })
        }
        var candidates: [(KubeClickHouseInstallation, KubeClickHouseCluster)] = []
        for installation in clickhouse.installations {
            guard let clusters = installation.clusters.value else {
                return .unknown("ClickHouseInstallation/\(installation.name) has a malformed spec.configuration.clusters; fix the dump or count the replicas by hand.",
                                [.object(installation.meta.reference, in: installation.meta.file, detail: "clusters unreadable")])
            }
            for cluster in clusters where !hasValues || cluster.name == clusterName.value {
                candidates.append((installation, cluster))
            }
        }
        guard candidates.count == 1, let match = candidates.first else {
            if hasValues && candidates.count > 1 {
                return .unknown("Several ClickHouseInstallations define a cluster named \"\(clusterName.value)\"; count the replicas of the one LangSmith connects to.",
                                [clusterName.evidence()])
            }
            if hasValues {
                return .unknown("No ClickHouseInstallation in the dump defines the cluster \"\(clusterName.value)\" that clickhouse.external.cluster names; supply a dump of the cluster that runs ClickHouse.",
                                [clusterName.evidence()])
            }
            return .unknown(candidates.isEmpty
                            ? "No ClickHouse cluster in the dump; supply the values files (clickhouse.external.cluster)."
                            : "The dump defines \(candidates.count) ClickHouse clusters; supply the values files, whose clickhouse.external.cluster tells which one LangSmith uses.",
                            topologyEvidence)
        }
        let (installation, cluster) = match
        let observed = observedReplicaIndices(installation: installation.name, cluster: cluster.name)
        guard let declared = cluster.replicasCount.value else {
            if observed > 0 {
                return .counted(observed, cluster: cluster.name, named: hasValues,
                                evidence: [.object(installation.meta.reference, in: installation.meta.file,
                                                   detail: "cluster \(cluster.name): replicasCount unreadable; \(observed) replica(s) among its pods")])
            }
            return .unknown("ClickHouseInstallation/\(installation.name) cluster \(cluster.name) has an unreadable layout.replicasCount and no pods in the dump.",
                            [.object(installation.meta.reference, in: installation.meta.file, detail: "replicasCount unreadable")])
        }
        let count = max(declared, observed)
        var detail = "cluster \(cluster.name): layout.replicasCount \(declared)"
        if observed > 0 { detail += ", \(observed) replica(s) among its pods" }
        var evidence = [Evidence.object(installation.meta.reference, in: installation.meta.file, detail: detail)]
        if hasValues { evidence.insert(clusterName.evidence(), at: 0) }
        return .counted(count, cluster: cluster.name, named: hasValues, evidence: evidence)
    }

    /// The chart StatefulSet's pods in the dump: the largest of its
    /// spec.replicas and its pods, at least 1.
    var inChartPodCount: Int {
        let declared = clickhouse.chartStatefulSets.compactMap { $0.replicas.present }.max() ?? 1
        let running = clickhouse.pods.filter { !$0.meta.name.hasPrefix("chi-") }.count
        return max(1, declared, running)
    }

    private var inChartPodEvidence: [Evidence] {
        guard hasValues else { return [] }
        return clickhouse.chartStatefulSets.map {
            .object($0.meta.reference, in: $0.meta.file, detail: "replicas \($0.replicas.present.map(String.init) ?? "not set")")
        }
    }

    /// The distinct replica indices among an installation cluster's pods
    /// (`chi-<installation>-<cluster>-<shard>-<replica>-<n>`, or the operator's labels).
    private func observedReplicaIndices(installation: String, cluster: String) -> Int {
        let prefix = "chi-\(installation)-\(cluster)-"
        var replicas = Set<String>()
        for pod in clickhouse.pods {
            let labels = pod.meta.labels.value ?? [:]
            if labels["clickhouse.altinity.com/cluster"] == cluster, let replica = labels["clickhouse.altinity.com/replica"] {
                replicas.insert(replica)
                continue
            }
            guard pod.meta.name.hasPrefix(prefix) else { continue }
            let parts = pod.meta.name.dropFirst(prefix.count).split(separator: "-")
            if parts.count >= 2 { replicas.insert(String(parts[1])) }
        }
        return replicas.count
    }

    /// Per-node ClickHouse minimum (`clickhouse.resources`): 8 CPU / 32Gi, dev 4 / 16Gi.
    var clickHouseMinimum: (millicores: Int64, bytes: Int64) {
        profile == .dev ? (4000, 16 << 30) : (8000, 32 << 30)
    }

    /// `8 CPU / 32Gi`: the minimum as a message writes it.
    var clickHouseMinimumText: String {
        let minimum = clickHouseMinimum
        return "\(QuantityFormatter.cpu(millicores: minimum.millicores)) CPU / \(QuantityFormatter.bytes(minimum.bytes))"
    }
}
