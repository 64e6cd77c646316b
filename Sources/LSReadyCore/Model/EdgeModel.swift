/// The ingress controller in front of LangSmith.
public enum IngressController: String, Sendable, Equatable {
    case alb
    case nginx
    case other
}

/// How traffic reaches LangSmith: frontend proxy settings, the ingress (as
/// configured and as observed), gateways, and the frontend Service.
public struct EdgeModel: Sendable, Equatable {
    public var maxBodySize: Setting<String>
    public var proxyReadTimeout: Setting<String>
    public var frontendSSL: Setting<Bool>
    public var frontendServiceType: Setting<String>

    public var ingressEnabled: Setting<Bool>
    public var ingressClassName: Setting<String>
    public var ingressAnnotations: Setting<[String: String]>
    public var ingressTLSCount: Setting<Int>
    public var gatewayEnabled: Setting<Bool>
    public var istioGatewayEnabled: Setting<Bool>

    /// Ingress objects in the dump (the namespace's; LangSmith's are the ones that matter).
    public var observedIngresses: [KubeIngress]
    /// The frontend Service in the dump, when found.
    public var observedFrontendServices: [KubeService]

    /// The values' controller: `ingressClassName`, else the `kubernetes.io/ingress.class` annotation.
    public var configuredController: IngressController? {
        let annotation = ingressAnnotations.value["kubernetes.io/ingress.class"] ?? ""
        let name = ingressClassName.value.isEmpty ? annotation : ingressClassName.value
        return name.isEmpty ? nil : EdgeModel.controller(named: name)
    }

    static func controller(named name: String) -> IngressController {
        let lower = name.lowercased()
        if lower == "alb" || lower.hasPrefix("alb") || lower.contains("aws-load-balancer") { return .alb }
        if lower.contains("nginx") { return .nginx }
        return .other
    }

    public static func controller(of ingress: KubeIngress) -> IngressController? {
        if let className = ingress.effectiveClassName.present, !className.isEmpty { return controller(named: className) }
        if let annotations = ingress.meta.annotations.value {
            if annotations.keys.contains(where: { $0.hasPrefix("alb.ingress.kubernetes.io/") }) { return .alb }
            if annotations.keys.contains(where: { $0.hasPrefix("nginx.ingress.kubernetes.io/") }) { return .nginx }
        }
        return nil
    }
}
