/// `spec.template` of a Deployment, StatefulSet or DaemonSet.
public struct KubePodTemplate: Sendable, Equatable {
    public var labels: Fact<[String: String]>
    public var containers: Fact<[KubeContainer]>
    /// PVCs the template mounts directly (volumeClaimTemplates are separate).
    public var claimNames: Fact<[String]>

    public init(labels: Fact<[String: String]> = .known([:]), containers: Fact<[KubeContainer]> = .known([]),
                claimNames: Fact<[String]> = .known([])) {
        self.labels = labels
        self.containers = containers
        self.claimNames = claimNames
    }
}

extension ObjectReader {
    mutating func podTemplate(_ spec: Field) -> KubePodTemplate {
        let template = field(spec, "template")
        return KubePodTemplate(labels: stringMap(field(template, "metadata.labels")),
                               containers: containers(field(template, "spec.containers")),
                               claimNames: claimNames(field(template, "spec.volumes")))
    }
}
