/// The ClickHouse objects in the cluster evidence (CATALOG §1): the chart's
/// StatefulSet `<release>-clickhouse` with its pods and `data-…` PVCs, and/or
/// Altinity `ClickHouseInstallation`s with their pods and PVCs.
public struct ClickHouseObjects: Sendable, Equatable {
    /// The chart's StatefulSets (and, for an installation, the operator's `chi-…` ones).
    public var statefulSets: [KubeStatefulSet] = []
    public var installations: [KubeClickHouseInstallation] = []
    public var pods: [KubePod] = []
    public var persistentVolumeClaims: [KubePersistentVolumeClaim] = []

    public init() {}

    public var isEmpty: Bool {
        statefulSets.isEmpty && installations.isEmpty && pods.isEmpty && persistentVolumeClaims.isEmpty
    }
}

extension ClusterInventory {
    /// Finds the ClickHouse objects:
    /// - chart: StatefulSets matching the service name `clickhouse` (see
    ///   `LangSmithServiceNames`); their pods (`<sts>-N`, owned by or
    ///   labelled as ClickHouse); their PVCs `<template>-<sts>-N` for each
    ///   volume claim template and for `data`;
    /// - Altinity: each installation `I`; pods and StatefulSets whose name
    ///   begins `chi-I-` or that carry the label `clickhouse.altinity.com/chi: I`;
    ///   PVCs whose name begins `chi-I-` or contains `-chi-I-` (the operator
    ///   names them `<template>-<pod>`), or carry that label;
    /// - and, for both, every PVC a ClickHouse pod mounts.
    public func clickHouseObjects(serviceName: String = "clickhouse",
                                  names: LangSmithServiceNames = LangSmithServiceNames()) -> ClickHouseObjects {
        clickHouseObjects(chart: langSmithWorkload(serviceName, names: names))
    }

    /// The same, from the chart's ClickHouse workload already found (`langSmithWorkload("clickhouse")`).
    public func clickHouseObjects(chart: LangSmithWorkload) -> ClickHouseObjects {
        var found = ClickHouseObjects()
        found.statefulSets = chart.statefulSets
        found.pods = chart.pods

        var claimNames = Set<String>()
        for statefulSet in chart.statefulSets {
            // `data` always: the catalog names the chart's PVCs `data-<release>-clickhouse-N`,
            // and a dump may lack (or garble) the templates.
            let templates = Set((statefulSet.volumeClaimTemplates.value?.map(\.name) ?? []) + ["data"])
            for template in templates { claimNames.formUnion(chartClaimNames(template: template, statefulSet: statefulSet.meta.name)) }
        }
        var claims = persistentVolumeClaims.filter { claimNames.contains($0.meta.name) }

        found.installations = clickHouseInstallations
        var podNames = Set(found.pods.map(\.meta.identity))
        var statefulSetNames = Set(found.statefulSets.map(\.meta.identity))
        var claimIdentities = Set(claims.map(\.meta.identity))
        for installation in clickHouseInstallations {
            let prefix = "chi-\(installation.name)-"
            func belongs(_ meta: KubeObjectMeta) -> Bool {
                guard sharesNamespace(meta, installation) else { return false }
                return meta.name.hasPrefix(prefix) || meta.label("clickhouse.altinity.com/chi").present == installation.name
            }
            for statefulSet in statefulSets where belongs(statefulSet.meta) && statefulSetNames.insert(statefulSet.meta.identity).inserted {
                found.statefulSets.append(statefulSet)
            }
            for pod in pods where belongs(pod.meta) && podNames.insert(pod.meta.identity).inserted {
                found.pods.append(pod)
            }
            for claim in persistentVolumeClaims where belongs(claim.meta) || (claim.meta.name.contains("-" + prefix) && sharesNamespace(claim.meta, installation)) {
                if claimIdentities.insert(claim.meta.identity).inserted { claims.append(claim) }
            }
        }

        let mounted = Set(found.pods.flatMap { pod in (pod.claimNames.value ?? []).map { "\(pod.meta.namespace ?? "")/\($0)" } })
        for claim in persistentVolumeClaims where mounted.contains(claim.meta.identity) {
            claimIdentities.insert(claim.meta.identity)
        }
        // Keep the inventory's order, so evidence lists read in input order.
        found.persistentVolumeClaims = persistentVolumeClaims.filter { claimIdentities.contains($0.meta.identity) }
        return found
    }

    private func sharesNamespace(_ meta: KubeObjectMeta, _ installation: KubeClickHouseInstallation) -> Bool {
        meta.namespace == nil || installation.meta.namespace == nil || meta.namespace == installation.meta.namespace
    }

    /// The ClickHouse migrations Jobs: names ending `-clickhouse-migrations`,
    /// possibly followed by a random suffix (`langsmith-clickhouse-migrations-8k2lq`).
    public func clickHouseMigrationJobs(serviceName: String = "clickhouse") -> [KubeJob] {
        let marker = "-\(serviceName)-migrations"
        return jobs.filter { job in
            let name = job.meta.name
            if name.hasSuffix(marker) { return true }
            guard let lastDash = name.lastIndex(of: "-"), name.index(after: lastDash) != name.endIndex else { return false }
            return name[..<lastDash].hasSuffix(marker)
        }
    }

    /// The PVC names a chart StatefulSet creates: `<template>-<sts>-<ordinal>`.
    private func chartClaimNames(template: String, statefulSet: String) -> Set<String> {
        let prefix = "\(template)-\(statefulSet)-"
        return Set(persistentVolumeClaims.map(\.meta.name).filter { name in
            guard name.hasPrefix(prefix) else { return false }
            let ordinal = name.dropFirst(prefix.count)
            return !ordinal.isEmpty && ordinal.allSatisfy { $0.isASCII && $0.isNumber }
        })
    }
}
