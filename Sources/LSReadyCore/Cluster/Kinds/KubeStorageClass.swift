/// A StorageClass: the facts the ClickHouse storage rules judge.
public struct KubeStorageClass: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var provisioner: Fact<String?>
    /// Provisioner parameters as written (`type`, `iops`, `throughput`, `iopsPerGB`, `skuName`...).
    public var parameters: Fact<[String: String]>
    public var allowVolumeExpansion: Fact<Bool?>

    public init(meta: KubeObjectMeta, provisioner: Fact<String?> = .known(nil),
                parameters: Fact<[String: String]> = .known([:]), allowVolumeExpansion: Fact<Bool?> = .known(nil)) {
        self.meta = meta
        self.provisioner = provisioner
        self.parameters = parameters
        self.allowVolumeExpansion = allowVolumeExpansion
    }

    static let defaultClassAnnotation = "storageclass.kubernetes.io/is-default-class"
    static let betaDefaultClassAnnotation = "storageclass.beta.kubernetes.io/is-default-class"

    /// Annotated default class, under the GA or the beta annotation. Like
    /// Kubernetes, only the exact value `"true"` counts.
    public var isDefaultClass: Fact<Bool> {
        meta.annotations.map { annotations in
            annotations[Self.defaultClassAnnotation] == "true" || annotations[Self.betaDefaultClassAnnotation] == "true"
        }
    }

    /// One parameter, its key matched case-insensitively (the EBS CSI driver
    /// reads `iopsPerGB` and `iopspergb` alike; Azure writes `skuName` and
    /// `storageaccounttype`).
    public func parameter(_ name: String) -> Fact<String?> {
        parameters.map { parameters in
            if let exact = parameters[name] { return exact }
            let lowered = name.lowercased()
            return parameters.first(where: { $0.key.lowercased() == lowered })?.value
        }
    }

    /// The disk type: `type` (EBS gp3/io2, GKE pd-ssd), else Azure's `skuName` or `storageaccounttype`.
    public var diskType: Fact<String?> {
        guard case .known(let type) = parameter("type") else { return .unknown }
        if let type { return .known(type) }
        guard case .known(let sku) = parameter("skuName") else { return .unknown }
        if let sku { return .known(sku) }
        return parameter("storageaccounttype")
    }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeStorageClass {
        KubeStorageClass(meta: meta,
                         provisioner: reader.string(reader.field(object, "provisioner")),
                         parameters: reader.stringMap(reader.field(object, "parameters")),
                         allowVolumeExpansion: reader.bool(reader.field(object, "allowVolumeExpansion")))
    }
}
