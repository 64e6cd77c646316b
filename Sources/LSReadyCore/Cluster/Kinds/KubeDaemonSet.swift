/// A DaemonSet (`ebs-csi-node` in kube-system).
public struct KubeDaemonSet: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var desiredNumberScheduled: Fact<Int?>
    public var numberReady: Fact<Int?>
    public var template: KubePodTemplate

    public init(meta: KubeObjectMeta, desiredNumberScheduled: Fact<Int?> = .known(nil), numberReady: Fact<Int?> = .known(nil),
                template: KubePodTemplate = KubePodTemplate()) {
        self.meta = meta
        self.desiredNumberScheduled = desiredNumberScheduled
        self.numberReady = numberReady
        self.template = template
    }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeDaemonSet {
        KubeDaemonSet(meta: meta,
                      desiredNumberScheduled: reader.count(reader.field(object, "status.desiredNumberScheduled")),
                      numberReady: reader.count(reader.field(object, "status.numberReady")),
                      template: reader.podTemplate(reader.field(object, "spec")))
    }
}
