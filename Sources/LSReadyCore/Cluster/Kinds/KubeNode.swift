/// A cluster Node: platform detection (providerID, labels) and capacity.
public struct KubeNode: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var providerID: Fact<String?>
    public var allocatableMillicores: Fact<Int64?>
    public var allocatableMemoryBytes: Fact<Int64?>
    public var conditions: Fact<[KubeCondition]>

    public init(meta: KubeObjectMeta, providerID: Fact<String?> = .known(nil),
                allocatableMillicores: Fact<Int64?> = .known(nil), allocatableMemoryBytes: Fact<Int64?> = .known(nil),
                conditions: Fact<[KubeCondition]> = .known([])) {
        self.meta = meta
        self.providerID = providerID
        self.allocatableMillicores = allocatableMillicores
        self.allocatableMemoryBytes = allocatableMemoryBytes
        self.conditions = conditions
    }

    /// The `Ready` condition: `.known(nil)` when the node does not report it.
    public var isReady: Fact<Bool?> { conditions.isTrue("Ready") }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeNode {
        KubeNode(meta: meta,
                 providerID: reader.string(reader.field(object, "spec.providerID")),
                 allocatableMillicores: reader.millicores(reader.field(object, "status.allocatable.cpu")),
                 allocatableMemoryBytes: reader.bytes(reader.field(object, "status.allocatable.memory")),
                 conditions: reader.conditions(reader.field(object, "status.conditions")))
    }
}
