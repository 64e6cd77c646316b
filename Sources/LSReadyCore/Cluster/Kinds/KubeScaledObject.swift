/// A KEDA ScaledObject (`keda.sh/v1alpha1`). KEDA creates and owns an HPA
/// named `keda-hpa-<name>` for it.
public struct KubeScaledObject: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var targetKind: Fact<String?>
    public var targetName: Fact<String?>
    public var minReplicaCount: Fact<Int?>
    public var maxReplicaCount: Fact<Int?>
    public var triggerTypes: Fact<[String]>

    public init(meta: KubeObjectMeta, targetKind: Fact<String?> = .known(nil), targetName: Fact<String?> = .known(nil),
                minReplicaCount: Fact<Int?> = .known(nil), maxReplicaCount: Fact<Int?> = .known(nil),
                triggerTypes: Fact<[String]> = .known([])) {
        self.meta = meta
        self.targetKind = targetKind
        self.targetName = targetName
        self.minReplicaCount = minReplicaCount
        self.maxReplicaCount = maxReplicaCount
        self.triggerTypes = triggerTypes
    }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeScaledObject {
        let spec = reader.field(object, "spec")
        return KubeScaledObject(
            meta: meta,
            targetKind: reader.string(reader.field(spec, "scaleTargetRef.kind")),
            targetName: reader.string(reader.field(spec, "scaleTargetRef.name")),
            minReplicaCount: reader.count(reader.field(spec, "minReplicaCount")),
            maxReplicaCount: reader.count(reader.field(spec, "maxReplicaCount")),
            triggerTypes: reader.each(reader.field(spec, "triggers")) { reader, trigger in
                guard reader.requireMap(trigger) else { return .unknown }
                return reader.requiredString(reader.field(trigger, "type"))
            })
    }
}
