/// `network.ingress-controller`: traffic enters through the reference path, an ALB.
struct NetworkIngressController: Rule {
    let metadata = RuleMetadata(
        id: "network.ingress-controller",
        title: "Ingress through the AWS Load Balancer Controller",
        section: .networking,
        level: .recommended,
        evidence: [.values, .cluster],
        summary: "LangSmith is reached through an Ingress of class alb (AWS Load Balancer Controller), the reference architecture's only supported entry path.",
        rationale: "Ingress is a frequent source of install failures and support escalations. The reference path standardises on ALB so that TLS, WAF, timeouts and target health behave predictably; ingress-nginx, Traefik, Istio or Gateway API may work but are off that path and need their own validation.",
        remediation: "Install the AWS Load Balancer Controller, then set ingress.enabled: true and ingress.ingressClassName: alb (TLS through alb.ingress.kubernetes.io/certificate-arn), and leave gateway.enabled and istioGateway.enabled false.",
        notes: "The controller is read from the class name, else the kubernetes.io/ingress.class annotation, else the annotation prefixes (alb.ingress.kubernetes.io/, nginx.ingress.kubernetes.io/). The dump's Ingress objects decide when it holds any; otherwise the values. An Ingress with no class and no controller annotations is served by the cluster's default IngressClass, which the tool does not read: unverified. An ALB ingress next to an enabled Gateway or Istio gateway is at-risk (a second, off-path entry).",
        examples: [
            RuleExample("ALB ingress from the values", expect: .pass, values: """
                ingress:
                  enabled: true
                  ingressClassName: alb
                """),
            RuleExample("ALB Ingress observed in the cluster", expect: .pass, cluster: """
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
            RuleExample("ingress-nginx", expect: .atRisk, values: """
                ingress:
                  enabled: true
                  ingressClassName: nginx
                """),
            RuleExample("no ingress: the chart default LoadBalancer Service", expect: .atRisk, values: """
                config:
                  hostname: langsmith.example.com
                """),
            RuleExample("Gateway API instead of an ingress", expect: .atRisk, values: """
                gateway:
                  enabled: true
                  name: shared-gateway
                  namespace: gateway-system
                """),
            RuleExample("an ingress without a class", expect: .unverified, values: """
                ingress:
                  enabled: true
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let ingresses = model.edgeIngresses
        var gateways: [Evidence] = []
        if model.hasValues {
            if model.edge.gatewayEnabled.value { gateways.append(model.edge.gatewayEnabled.evidence()) }
            if model.edge.istioGatewayEnabled.value { gateways.append(model.edge.istioGatewayEnabled.evidence()) }
        }
        if ingresses.subjects.isEmpty {
            if ingresses.basis == .unknown {
                return .unverified("The dump has no Ingress object; supply the values files to see how traffic reaches LangSmith.")
            }
            if !gateways.isEmpty {
                return .atRisk("Traffic enters through \(gatewayWords(model)), not an ALB ingress: outside the reference path.",
                               evidence: ingresses.absenceEvidence + gateways)
            }
            return .atRisk("No ingress is enabled (ingress.enabled is false): the frontend is reached some other way, outside the reference ALB path.",
                           evidence: ingresses.absenceEvidence + [model.edge.frontendServiceType.evidence()])
        }
        let ingressJudgements = ingresses.subjects.map(judge(ingress:))
        var judgements = ingressJudgements
        if !gateways.isEmpty {
            judgements.append(.atRisk("\(gatewayWords(model)) also routes traffic, outside the reference path", evidence: gateways))
        }
        var result = Judgement.worst(of: judgements, ifEmpty: .unverified("No ingress to judge."))
        let note = ingresses.disagreement(with: Status.worst(ingressJudgements.map(\.status)) ?? .pass, judge(ingress:))
        result.message = result.message.finished(noting: note)
        return result
    }

    private func judge(ingress: EdgeIngress) -> Judgement {
        let classText = ingress.className.map { "class \"\($0)\"" } ?? "no class"
        let evidence = [ingress.evidence(classText, valuesPath: "ingress.ingressClassName")]
        switch ingress.controller {
        case .alb:
            return .pass("\(ingress.label) is served by the AWS Load Balancer Controller (\(classText))", evidence: evidence)
        case .nginx:
            return .atRisk("\(ingress.label) is served by ingress-nginx (\(classText)), outside the reference ALB path", evidence: evidence)
        case .other:
            return .atRisk("\(ingress.label) is served by another controller (\(classText)), outside the reference ALB path", evidence: evidence)
        case nil:
            return .unverified("\(ingress.label) names no class, so the cluster's default IngressClass serves it; set ingress.ingressClassName: alb",
                               evidence: evidence)
        }
    }

    private func gatewayWords(_ model: DeploymentModel) -> String {
        var words: [String] = []
        if model.edge.gatewayEnabled.value { words.append("the Gateway API (gateway.enabled)") }
        if model.edge.istioGatewayEnabled.value { words.append("an Istio gateway (istioGateway.enabled)") }
        return words.joined(separator: " and ")
    }
}
