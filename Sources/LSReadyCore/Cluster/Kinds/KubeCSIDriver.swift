/// A CSIDriver object: its name is the driver (`ebs.csi.aws.com`).
public struct KubeCSIDriver: Sendable, Equatable {
    public var meta: KubeObjectMeta

    public init(meta: KubeObjectMeta) { self.meta = meta }

    public var name: String { meta.name }
}
