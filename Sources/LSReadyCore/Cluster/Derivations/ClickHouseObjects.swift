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
        var found = ClickHouseObjects()
        let chart = langSmithWorkload(serviceName, names: names)
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
        for installation in clickHouseInstallations {
            let prefix = "chi-\(installation.name)-"
            func belongs(_ meta: KubeObjectMeta) -> Bool {
                guard meta.namespace == nil || installation.meta.namespace == nil || meta.namespace == installation.meta.namespace else { return false }
                return meta.name.hasPrefix(prefix) || meta.label("clickhouse.altinity.com/chi").present == installation.name
            }
            found.statefulSets += statefulSets.filter { belongs($0.meta) && !found.statefulSets.contains($0) }
            found.pods += pods.filter { belongs($0.meta) && !found.pods.contains($0) }
            claims += persistentVolumeClaims.filter { claim in
                (belongs(claim.meta) || claim.meta.name.contains("-" + prefix)) && !claims.contains(claim)
            }
        }

        let mounted = Set(found.pods.flatMap { $0.claimNames.value ?? [] })
        claims += persistentVolumeClaims.filter { mounted.contains($0.meta.name) && !claims.contains($0) }
        // Keep the inventory's order, so evidence lists read in input order.
        found.persistentVolumeClaims = persistentVolumeClaims.filter { claims.contains($0) }
        return found
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
