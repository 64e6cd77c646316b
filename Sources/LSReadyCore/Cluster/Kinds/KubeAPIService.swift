/// An APIService (`v1beta1.metrics.k8s.io` shows metrics-server is serving).
public struct KubeAPIService: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var conditions: Fact<[KubeCondition]>

    public init(meta: KubeObjectMeta, conditions: Fact<[KubeCondition]> = .known([])) {
        self.meta = meta
        self.conditions = conditions
    }

    public var name: String { meta.name }

    /// The `Available` condition: `.known(nil)` when it is not reported.
    public var isAvailable: Fact<Bool?> { conditions.isTrue("Available") }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeAPIService {
        KubeAPIService(meta: meta, conditions: reader.conditions(reader.field(object, "status.conditions")))
    }
}
