/// An Ingress: controller class, TLS, hosts (annotations are in `meta`).
public struct KubeIngress: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var ingressClassName: Fact<String?>
    public var tls: Fact<[KubeIngressTLS]>
    public var hosts: Fact<[String]>

    public init(meta: KubeObjectMeta, ingressClassName: Fact<String?> = .known(nil),
                tls: Fact<[KubeIngressTLS]> = .known([]), hosts: Fact<[String]> = .known([])) {
        self.meta = meta
        self.ingressClassName = ingressClassName
        self.tls = tls
        self.hosts = hosts
    }

    static let classAnnotation = "kubernetes.io/ingress.class"

    /// `spec.ingressClassName`, else the legacy `kubernetes.io/ingress.class` annotation.
    public var effectiveClassName: Fact<String?> {
        guard case .known(let name) = ingressClassName else { return .unknown }
        if let name { return .known(name) }
        return meta.annotation(Self.classAnnotation)
    }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeIngress {
        let spec = reader.field(object, "spec")
        let tls = reader.each(reader.field(spec, "tls")) { reader, element -> Fact<KubeIngressTLS> in
            guard reader.requireMap(element) else { return .unknown }
            let hosts = reader.each(reader.field(element, "hosts")) { reader, host in reader.requiredString(host) }
            let secretName = reader.string(reader.field(element, "secretName"))
            guard let hostList = hosts.value, let secret = secretName.value else { return .unknown }
            return .known(KubeIngressTLS(hosts: hostList, secretName: secret))
        }
        let hosts = reader.each(reader.field(spec, "rules")) { reader, rule -> Fact<String?> in
            guard reader.requireMap(rule) else { return .unknown }
            return reader.string(reader.field(rule, "host"))
        }.map { $0.compactMap { $0 } }
        return KubeIngress(meta: meta,
                           ingressClassName: reader.string(reader.field(spec, "ingressClassName")),
                           tls: tls, hosts: hosts)
    }
}

public struct KubeIngressTLS: Sendable, Equatable {
    public var hosts: [String]
    public var secretName: String?

    public init(hosts: [String] = [], secretName: String? = nil) {
        self.hosts = hosts
        self.secretName = secretName
    }
}
