/// A Service: its type decides whether the frontend is exposed.
public struct KubeService: Sendable, Equatable {
    public var meta: KubeObjectMeta
    /// `spec.type` as written; nil when absent.
    public var type: Fact<String?>

    public init(meta: KubeObjectMeta, type: Fact<String?> = .known(nil)) {
        self.meta = meta
        self.type = type
    }

    /// The type Kubernetes applies: `ClusterIP` when none is written.
    public var effectiveType: Fact<String> { type.map { $0 ?? "ClusterIP" } }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeService {
        KubeService(meta: meta, type: reader.string(reader.field(object, "spec.type")))
    }
}
