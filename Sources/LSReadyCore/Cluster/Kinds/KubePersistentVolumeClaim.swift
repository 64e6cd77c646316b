/// A PersistentVolumeClaim: storage class, size and binding.
public struct KubePersistentVolumeClaim: Sendable, Equatable {
    public var meta: KubeObjectMeta
    /// `spec.storageClassName`, else the legacy beta annotation; nil when
    /// neither is set (then the default class applies; see `ClusterInventory.storageClass(of:)`).
    public var storageClassName: Fact<String?>
    public var requestedBytes: Fact<Int64?>
    /// `status.capacity.storage`: what was actually provisioned.
    public var capacityBytes: Fact<Int64?>
    /// `Pending`, `Bound` or `Lost`.
    public var phase: Fact<String?>
    public var volumeName: Fact<String?>

    public init(meta: KubeObjectMeta, storageClassName: Fact<String?> = .known(nil),
                requestedBytes: Fact<Int64?> = .known(nil), capacityBytes: Fact<Int64?> = .known(nil),
                phase: Fact<String?> = .known(nil), volumeName: Fact<String?> = .known(nil)) {
        self.meta = meta
        self.storageClassName = storageClassName
        self.requestedBytes = requestedBytes
        self.capacityBytes = capacityBytes
        self.phase = phase
        self.volumeName = volumeName
    }

    /// The size that performance formulas (gp2 IOPS per GiB) should use: the
    /// provisioned capacity when reported, else the request.
    public var sizeBytes: Fact<Int64?> {
        if case .known(let capacity?) = capacityBytes { return .known(capacity) }
        return requestedBytes
    }

    static let betaStorageClassAnnotation = "volume.beta.kubernetes.io/storage-class"

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubePersistentVolumeClaim {
        var storageClassName = reader.string(reader.field(object, "spec.storageClassName"))
        if case .known(nil) = storageClassName {
            storageClassName = meta.annotation(betaStorageClassAnnotation)
        }
        return KubePersistentVolumeClaim(
            meta: meta,
            storageClassName: storageClassName,
            requestedBytes: reader.bytes(reader.field(object, "spec.resources.requests.storage")),
            capacityBytes: reader.bytes(reader.field(object, "status.capacity.storage")),
            phase: reader.string(reader.field(object, "status.phase")),
            volumeName: reader.string(reader.field(object, "spec.volumeName")))
    }
}
