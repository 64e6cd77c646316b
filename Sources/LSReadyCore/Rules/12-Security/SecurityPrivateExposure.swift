/// `security.private-exposure`: LangSmith is reachable only from private networks.
struct SecurityPrivateExposure: Rule {
    let metadata = RuleMetadata(
        id: "security.private-exposure",
        title: "Private exposure",
        section: .security,
        level: .recommended,
        evidence: [.values, .cluster],
        summary: "LangSmith is reached through an internal ALB (alb.ingress.kubernetes.io/scheme: internal), or nothing is exposed: no ingress or gateway, and a ClusterIP frontend Service.",
        rationale: "Traces hold prompts, model outputs and often customer data. An internet-facing endpoint exposes the login page and API to the whole internet; an internal ALB reached over VPN or PrivateLink keeps the attack surface to the corporate network. The chart's default LoadBalancer frontend Service opens a second, unfiltered public entry next to any ingress.",
        remediation: "Set alb.ingress.kubernetes.io/scheme: internal under ingress.annotations (reach it over VPN, Direct Connect or PrivateLink), and set frontend.service.type: ClusterIP so the ingress is the only entry.",
        notes: "Each entry point is judged: every ingress (the dump's Ingress objects when it has any, else the values), an enabled Gateway or Istio gateway, and the frontend Service (the dump's when found, else frontend.service.type). An ALB without scheme: internal is internet-facing (the controller's default). For other ingress controllers and gateways the tool cannot tell whether they are private: at-risk until waived. A LoadBalancer Service observed with an internal load-balancer annotation (AWS, GKE, Azure) counts as private; NodePort and public LoadBalancer Services are at-risk.",
        examples: [
            RuleExample("internal ALB and a ClusterIP frontend", expect: .pass, values: """
                ingress:
                  enabled: true
                  ingressClassName: alb
                  annotations:
                    alb.ingress.kubernetes.io/scheme: internal
                frontend:
                  service:
                    type: ClusterIP
                """),
            RuleExample("nothing exposed: port-forward only", expect: .pass, values: """
                frontend:
                  service:
                    type: ClusterIP
                """),
            RuleExample("internet-facing ALB", expect: .atRisk, values: """
                ingress:
                  enabled: true
                  ingressClassName: alb
                  annotations:
                    alb.ingress.kubernetes.io/scheme: internet-facing
                frontend:
                  service:
                    type: ClusterIP
                """),
            RuleExample("chart default: a LoadBalancer frontend Service", expect: .atRisk, values: """
                config:
                  hostname: langsmith.example.com
                """),
            RuleExample("the observed frontend Service is a LoadBalancer despite the values", expect: .atRisk, values: """
                frontend:
                  service:
                    type: ClusterIP
                """, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Service
                  metadata:
                    name: langsmith-frontend
                    namespace: langsmith
                    labels:
                      app.kubernetes.io/component: langsmith-frontend
                  spec:
                    type: LoadBalancer
                """),
            RuleExample("observed internal NLB for the frontend", expect: .pass, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Service
                  metadata:
                    name: langsmith-frontend
                    namespace: langsmith
                    annotations:
                      service.beta.kubernetes.io/aws-load-balancer-scheme: internal
                  spec:
                    type: LoadBalancer
                """),
            RuleExample("a dump without the frontend Service or an Ingress", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
            RuleExample("an Istio gateway whose reach is unknown", expect: .atRisk, values: """
                istioGateway:
                  enabled: true
                frontend:
                  service:
                    type: ClusterIP
                """),
            RuleExample("a NodePort frontend Service", expect: .atRisk, values: """
                frontend:
                  service:
                    type: NodePort
                """),
        ])

    static let internalServiceAnnotations: [(key: String, value: String)] = [
        ("service.beta.kubernetes.io/aws-load-balancer-scheme", "internal"),
        ("service.beta.kubernetes.io/aws-load-balancer-internal", "true"),
        ("networking.gke.io/load-balancer-type", "internal"),
        ("cloud.google.com/load-balancer-type", "internal"),
        ("service.beta.kubernetes.io/azure-load-balancer-internal", "true"),
    ]

    func judge(_ model: DeploymentModel) -> Judgement {
        let ingresses = model.edgeIngresses
        let ingressJudgements = ingresses.subjects.map(judge(ingress:))
        var judgements = ingressJudgements
        if model.hasValues {
            for gateway in [model.edge.gatewayEnabled, model.edge.istioGatewayEnabled] where gateway.value {
                judgements.append(.atRisk("\(gateway.path) exposes LangSmith through a gateway whose reach the tool cannot see",
                                          evidence: [gateway.evidence()]))
            }
        }
        let observed = model.edge.observedFrontendServices
        var note = ingresses.disagreement(with: Status.worst(ingressJudgements.map(\.status)) ?? .pass, judge(ingress:))
        if model.hasCluster && !observed.isEmpty {
            judgements += observed.map(judge(service:))
            let configured = model.edge.frontendServiceType
            if model.hasValues, let seen = observed.first?.effectiveType.value, seen != configured.value, !configured.value.isEmpty {
                let disagreement = "the values set frontend.service.type \(configured.value), but the cluster has a \(seen) Service (the cluster decides)"
                note = note.map { $0 + "; " + disagreement } ?? disagreement
            }
        } else if model.hasValues {
            let type = model.edge.frontendServiceType
            let shown = type.value.isEmpty ? "ClusterIP" : type.value
            let evidence = [type.evidence()]
            if shown == "ClusterIP" {
                judgements.append(.pass("the frontend Service is ClusterIP (frontend.service.type)", evidence: evidence))
            } else {
                let origin = type.isUserSet ? "" : ", the chart default"
                judgements.append(.atRisk("the frontend Service is \(shown) (frontend.service.type\(origin)), a direct entry from outside the cluster",
                                          evidence: evidence))
            }
        } else {
            judgements.append(.unverified("the dump has no frontend Service; supply it or the values files (frontend.service.type)"))
        }
        var result = Judgement.worst(of: judgements, ifEmpty: .unverified("No entry point to judge."))
        result.message = (result.status == .pass ? "LangSmith is reachable only privately: " : "") + result.message
        result.message = result.message.finished(noting: note)
        return result
    }

    private func judge(ingress: EdgeIngress) -> Judgement {
        switch ingress.controller {
        case .alb:
            guard case .known(let scheme) = ingress.annotation("alb.ingress.kubernetes.io/scheme") else {
                return .unverified("the annotations of \(ingress.label) are unreadable; supply a well-formed copy (kubectl get ingress -o yaml)", evidence: [ingress.evidence("annotations unreadable")])
            }
            if scheme?.lowercased() == "internal" {
                return .pass("\(ingress.label) is an internal ALB", evidence: [ingress.evidence("scheme: internal")])
            }
            let written = scheme.map { "scheme: \($0)" } ?? "no scheme annotation: internet-facing by default"
            return .atRisk("\(ingress.label) is an internet-facing ALB (\(written))", evidence: [ingress.evidence(written)])
        case .nginx, .other, nil:
            let name = ingress.className.map { "class \"\($0)\"" } ?? "no class"
            return .atRisk("\(ingress.label) (\(name)) may be public: only an internal ALB is recognised as private",
                           evidence: [ingress.evidence(name, valuesPath: "ingress.ingressClassName")])
        }
    }

    private func judge(service: KubeService) -> Judgement {
        let evidence = { (detail: String) in Evidence.object(service.meta.reference, in: service.meta.file, detail: detail) }
        guard case .known(let type) = service.effectiveType, case .known(let annotations) = service.meta.annotations else {
            return .unverified("the type or annotations of \(service.meta.reference) are unreadable; supply a well-formed copy (kubectl get services -o yaml)", evidence: [evidence("unreadable")])
        }
        switch type {
        case "ClusterIP":
            return .pass("\(service.meta.reference) is ClusterIP", evidence: [evidence("type ClusterIP")])
        case "LoadBalancer":
            if let marker = Self.internalServiceAnnotations.first(where: { annotations[$0.key]?.lowercased() == $0.value }) {
                return .pass("\(service.meta.reference) is an internal load balancer (\(marker.key))",
                             evidence: [evidence("type LoadBalancer, \(marker.key): \(annotations[marker.key] ?? "")")])
            }
            return .atRisk("\(service.meta.reference) is a public LoadBalancer, a direct entry from outside the cluster",
                           evidence: [evidence("type LoadBalancer")])
        default:
            return .atRisk("\(service.meta.reference) is \(type), reachable from outside the cluster",
                           evidence: [evidence("type \(type)")])
        }
    }
}
