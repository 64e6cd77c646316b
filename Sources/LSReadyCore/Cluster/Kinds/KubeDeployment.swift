/// A Deployment.
public struct KubeDeployment: Sendable, Equatable {
    public var meta: KubeObjectMeta
    /// `spec.replicas`; nil when absent (Kubernetes then runs 1).
    public var replicas: Fact<Int?>
    public var readyReplicas: Fact<Int?>
    public var template: KubePodTemplate

    public init(meta: KubeObjectMeta, replicas: Fact<Int?> = .known(nil), readyReplicas: Fact<Int?> = .known(nil),
                template: KubePodTemplate = KubePodTemplate()) {
        self.meta = meta
        self.replicas = replicas
        self.readyReplicas = readyReplicas
        self.template = template
    }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeDeployment {
        let spec = reader.field(object, "spec")
        return KubeDeployment(meta: meta,
                              replicas: reader.count(reader.field(spec, "replicas")),
                              readyReplicas: reader.count(reader.field(object, "status.readyReplicas")),
                              template: reader.podTemplate(spec))
    }
}
