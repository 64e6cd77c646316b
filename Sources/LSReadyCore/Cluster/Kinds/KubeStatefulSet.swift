/// A StatefulSet: ClickHouse, and the in-chart Postgres and Redis.
public struct KubeStatefulSet: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var replicas: Fact<Int?>
    public var readyReplicas: Fact<Int?>
    public var template: KubePodTemplate
    public var volumeClaimTemplates: Fact<[KubeVolumeClaimTemplate]>

    public init(meta: KubeObjectMeta, replicas: Fact<Int?> = .known(nil), readyReplicas: Fact<Int?> = .known(nil),
                template: KubePodTemplate = KubePodTemplate(), volumeClaimTemplates: Fact<[KubeVolumeClaimTemplate]> = .known([])) {
        self.meta = meta
        self.replicas = replicas
        self.readyReplicas = readyReplicas
        self.template = template
        self.volumeClaimTemplates = volumeClaimTemplates
    }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeStatefulSet {
        let spec = reader.field(object, "spec")
        let claimTemplates = reader.each(reader.field(spec, "volumeClaimTemplates")) { reader, element -> Fact<KubeVolumeClaimTemplate> in
            guard reader.requireMap(element),
                  let name = reader.requiredString(reader.field(element, "metadata.name")).value else { return .unknown }
            return .known(KubeVolumeClaimTemplate(
                name: name,
                storageClassName: reader.string(reader.field(element, "spec.storageClassName")),
                requestedBytes: reader.bytes(reader.field(element, "spec.resources.requests.storage"))))
        }
        return KubeStatefulSet(meta: meta,
                               replicas: reader.count(reader.field(spec, "replicas")),
                               readyReplicas: reader.count(reader.field(object, "status.readyReplicas")),
                               template: reader.podTemplate(spec),
                               volumeClaimTemplates: claimTemplates)
    }
}

/// A StatefulSet's `volumeClaimTemplates` entry; its PVCs are named `<name>-<statefulset>-<ordinal>`.
public struct KubeVolumeClaimTemplate: Sendable, Equatable {
    public var name: String
    public var storageClassName: Fact<String?>
    public var requestedBytes: Fact<Int64?>

    public init(name: String, storageClassName: Fact<String?> = .known(nil), requestedBytes: Fact<Int64?> = .known(nil)) {
        self.name = name
        self.storageClassName = storageClassName
        self.requestedBytes = requestedBytes
    }
}
