/// `security.tls`: clients reach LangSmith over HTTPS.
struct SecurityTLS: Rule {
    let metadata = RuleMetadata(
        id: "security.tls",
        title: "TLS at the edge",
        section: .security,
        level: .required,
        evidence: [.values, .cluster],
        summary: "The edge terminates TLS: the Ingress has a tls section, or an ALB certificate-arn with an HTTPS listener; without an ingress, frontend.ssl.enabled.",
        rationale: "Browsers and SDKs send API keys, session tokens and trace contents (prompts, outputs, customer data) with every request. Over plain HTTP anyone on the path can read or replay them.",
        remediation: "Behind an ALB, set alb.ingress.kubernetes.io/certificate-arn to an ACM certificate for the hostname (with listen-ports including HTTPS 443) under ingress.annotations; with another controller, fill ingress.tls with the hosts and a TLS secret. Without an ingress, enable frontend.ssl and mount a certificate.",
        notes: "When an Ingress fronts LangSmith, the Ingress itself must carry TLS: frontend.ssl then only protects the ingress-to-frontend hop. An ALB certificate-arn counts when alb.ingress.kubernetes.io/listen-ports is absent (the controller then listens on HTTPS 443) or names HTTPS. The dump's Ingress objects decide when it has any; otherwise the values. Traffic through a Gateway or Istio gateway terminates TLS in objects the tool does not read: unverified.",
        examples: [
            RuleExample("ALB with an ACM certificate", expect: .pass, values: """
                ingress:
                  enabled: true
                  ingressClassName: alb
                  annotations:
                    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-444455556666
                    alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
                """),
            RuleExample("observed Ingress with spec.tls", expect: .pass, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: networking.k8s.io/v1
                  kind: Ingress
                  metadata:
                    name: langsmith-ingress
                    namespace: langsmith
                  spec:
                    ingressClassName: nginx
                    tls:
                    - hosts: [langsmith.example.com]
                      secretName: langsmith-tls
                """),
            RuleExample("frontend serves HTTPS itself, no ingress", expect: .pass, values: """
                frontend:
                  ssl:
                    enabled: true
                    certificatePath: /etc/ssl/langsmith/tls.crt
                """),
            RuleExample("ALB ingress without a certificate", expect: .fail, values: """
                ingress:
                  enabled: true
                  ingressClassName: alb
                """),
            RuleExample("ALB certificate but only an HTTP listener", expect: .fail, values: """
                ingress:
                  enabled: true
                  ingressClassName: alb
                  annotations:
                    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-444455556666
                    alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}]'
                """),
            RuleExample("chart defaults: plain HTTP LoadBalancer", expect: .fail, values: """
                config:
                  hostname: langsmith.example.com
                """),
            RuleExample("Istio gateway terminates TLS elsewhere", expect: .unverified, values: """
                istioGateway:
                  enabled: true
                """),
            RuleExample("only a dump: the Ingress has no TLS", expect: .fail, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: networking.k8s.io/v1
                  kind: Ingress
                  metadata:
                    name: langsmith-ingress
                    namespace: langsmith
                    labels:
                      helm.sh/chart: langsmith-0.16.11
                  spec:
                    ingressClassName: alb
                """),
        ])

    static let certificateArn = "alb.ingress.kubernetes.io/certificate-arn"
    static let listenPorts = "alb.ingress.kubernetes.io/listen-ports"

    func judge(_ model: DeploymentModel) -> Judgement {
        let ingresses = model.edgeIngresses
        if !ingresses.subjects.isEmpty {
            var result = Judgement.worst(of: ingresses.subjects.map(judge(ingress:)), ifEmpty: .unverified("No ingress."))
            let note = ingresses.disagreement(with: result.status, judge(ingress:))
            if result.status == .fail && model.hasValues && model.edge.frontendSSL.value {
                result.message += " (frontend.ssl.enabled protects only the hop from the ingress to the frontend)"
                result.evidence.append(model.edge.frontendSSL.evidence())
            }
            result.message = (result.status == .pass ? "TLS terminates at the edge: " : "") + result.message
            result.message = result.message.finished(noting: note)
            return result
        }
        guard model.hasValues else {
            return .unverified("The dump has no Ingress; supply the values files (ingress.*, frontend.ssl) to see where TLS terminates.")
        }
        let edge = model.edge
        if edge.gatewayEnabled.value || edge.istioGatewayEnabled.value {
            return .unverified("Traffic enters through a Gateway or Istio gateway, whose TLS listeners the tool does not read; confirm it serves HTTPS only.",
                               evidence: [edge.gatewayEnabled.evidence(), edge.istioGatewayEnabled.evidence()])
        }
        if edge.frontendSSL.value {
            return .pass("No ingress; the frontend itself serves HTTPS (frontend.ssl.enabled).", evidence: [edge.frontendSSL.evidence()])
        }
        return .fail("Nothing terminates TLS: no ingress is enabled and frontend.ssl.enabled is false, so the frontend Service (\(edge.frontendServiceType.value.isEmpty ? "ClusterIP" : edge.frontendServiceType.value)) serves plain HTTP.",
                     evidence: ingresses.absenceEvidence + [edge.frontendSSL.evidence(), edge.frontendServiceType.evidence()])
    }

    private func judge(ingress: EdgeIngress) -> Judgement {
        guard case .known(let tls) = ingress.hasTLSSection,
              case .known(let certificate) = ingress.annotation(Self.certificateArn),
              case .known(let ports) = ingress.annotation(Self.listenPorts) else {
            return .unverified("the TLS settings of \(ingress.label) are unreadable; supply a well-formed copy (kubectl get ingress -o yaml)", evidence: [ingress.evidence("tls or annotations unreadable")])
        }
        if tls {
            return .pass("\(ingress.label) has a tls section", evidence: [ingress.evidence("tls configured", valuesPath: "ingress.tls")])
        }
        if let certificate, !certificate.isEmpty {
            let https = ports.map { $0.uppercased().contains("HTTPS") } ?? true
            if https {
                return .pass("\(ingress.label) has an ALB certificate with an HTTPS listener",
                             evidence: [ingress.evidence("certificate-arn set, listen-ports \(ports ?? "default HTTPS 443")")])
            }
            return .fail("\(ingress.label) has an ALB certificate, but its listen-ports (\(ports ?? "")) open no HTTPS listener",
                         evidence: [ingress.evidence("certificate-arn set, listen-ports \(ports ?? "")")])
        }
        return .fail("\(ingress.label) has no tls section and no ALB certificate-arn: it serves plain HTTP",
                     evidence: [ingress.evidence("no tls, no certificate-arn", valuesPath: "ingress.tls")])
    }
}
