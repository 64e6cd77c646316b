/// An Altinity `ClickHouseInstallation` (`clickhouse.altinity.com/v1`).
/// Its pods are `chi-<installation>-<cluster>-<shard>-<replica>-0`.
public struct KubeClickHouseInstallation: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var clusters: Fact<[KubeClickHouseCluster]>

    public init(meta: KubeObjectMeta, clusters: Fact<[KubeClickHouseCluster]> = .known([])) {
        self.meta = meta
        self.clusters = clusters
    }

    public var name: String { meta.name }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeClickHouseInstallation {
        let clusters = reader.each(reader.field(object, "spec.configuration.clusters")) { reader, element -> Fact<KubeClickHouseCluster> in
            guard reader.requireMap(element),
                  let name = reader.requiredString(reader.field(element, "name")).value else { return .unknown }
            let layout = reader.field(element, "layout")
            return .known(KubeClickHouseCluster(
                name: name,
                replicasCount: reader.count(reader.field(layout, "replicasCount")).map { $0 ?? 1 },
                shardsCount: reader.count(reader.field(layout, "shardsCount")).map { $0 ?? 1 }))
        }
        return KubeClickHouseInstallation(meta: meta, clusters: clusters)
    }
}

/// One cluster of an installation; the operator defaults both counts to 1.
public struct KubeClickHouseCluster: Sendable, Equatable {
    public var name: String
    public var replicasCount: Fact<Int>
    public var shardsCount: Fact<Int>

    public init(name: String, replicasCount: Fact<Int> = .known(1), shardsCount: Fact<Int> = .known(1)) {
        self.name = name
        self.replicasCount = replicasCount
        self.shardsCount = shardsCount
    }
}
