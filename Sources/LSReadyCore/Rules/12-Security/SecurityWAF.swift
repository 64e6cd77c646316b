/// `security.waf`: a web application firewall sits in front of LangSmith.
struct SecurityWAF: Rule {
    let metadata = RuleMetadata(
        id: "security.waf",
        title: "WAF on the ingress",
        section: .security,
        level: .recommended,
        evidence: [.values, .cluster],
        summary: "The ingress carries an AWS WAF web ACL (alb.ingress.kubernetes.io/wafv2-acl-arn, or the classic waf-acl-id).",
        rationale: "LangSmith's API accepts large authenticated payloads and login attempts. A WAF (or equivalent rate limiting) at the edge blunts credential stuffing, scanners and request floods before they reach the backend and its datastores.",
        remediation: "Create an AWS WAFv2 web ACL (managed rule groups plus a rate-based rule) and set alb.ingress.kubernetes.io/wafv2-acl-arn under ingress.annotations. If an equivalent control sits elsewhere (CloudFront, a corporate proxy, ingress rate limits), record a waiver that names it.",
        notes: "Only the ALB WAF annotations are recognised; other equivalents cannot be seen in the values or the dump, so they are at-risk until waived. Each ingress must carry the annotation (the dump's Ingress objects decide when it has any, else the values). No ingress at all is at-risk: nothing at the edge filters requests.",
        examples: [
            RuleExample("WAFv2 ACL on the ALB", expect: .pass, values: """
                ingress:
                  enabled: true
                  ingressClassName: alb
                  annotations:
                    alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:wafv2:us-east-1:123456789012:regional/webacl/langsmith/0a1b2c3d-aaaa-bbbb-cccc-ddddeeeeffff
                """),
            RuleExample("observed Ingress with a classic WAF ACL", expect: .pass, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: networking.k8s.io/v1
                  kind: Ingress
                  metadata:
                    name: langsmith-ingress
                    annotations:
                      alb.ingress.kubernetes.io/waf-acl-id: 0a1b2c3d-aaaa-bbbb-cccc-ddddeeeeffff
                  spec:
                    ingressClassName: alb
                """),
            RuleExample("ALB without a WAF", expect: .atRisk, values: """
                ingress:
                  enabled: true
                  ingressClassName: alb
                """),
            RuleExample("no ingress", expect: .atRisk, values: """
                frontend:
                  service:
                    type: LoadBalancer
                """),
            RuleExample("a dump without Ingress objects and no values", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
            RuleExample("unreadable Ingress annotations", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: networking.k8s.io/v1
                  kind: Ingress
                  metadata:
                    name: langsmith-ingress
                    annotations:
                    - alb.ingress.kubernetes.io/wafv2-acl-arn
                  spec:
                    ingressClassName: alb
                """),
        ])

    static let annotations = ["alb.ingress.kubernetes.io/wafv2-acl-arn", "alb.ingress.kubernetes.io/waf-acl-id"]

    func judge(_ model: DeploymentModel) -> Judgement {
        let ingresses = model.edgeIngresses
        guard !ingresses.subjects.isEmpty else {
            if ingresses.basis == .unknown {
                return .unverified("The dump has no Ingress; supply the values files (ingress.annotations) or the LangSmith Ingress to see whether a WAF filters requests.")
            }
            return .atRisk("No ingress is enabled, so no WAF annotation filters requests at the edge; put LangSmith behind an ALB with a WAF, or waive this naming the equivalent control.",
                           evidence: ingresses.absenceEvidence)
        }
        let judgements = ingresses.subjects.map(judge(ingress:))
        var result = Judgement.worst(of: judgements, ifEmpty: .unverified("No ingress."))
        result.message = (result.status == .pass ? "A WAF filters requests at the edge: " : "") + result.message
        result.message = result.message.finished(noting: ingresses.disagreement(with: result.status, judge(ingress:)))
        return result
    }

    private func judge(ingress: EdgeIngress) -> Judgement {
        var found: String?
        for key in Self.annotations {
            guard case .known(let value) = ingress.annotation(key) else {
                return .unverified("the annotations of \(ingress.label) are unreadable; supply a well-formed copy (kubectl get ingress -o yaml)", evidence: [ingress.evidence("annotations unreadable")])
            }
            if let value, !value.isEmpty, found == nil { found = key }
        }
        if let found {
            return .pass("\(ingress.label) has \(found)", evidence: [ingress.evidence("\(found) set")])
        }
        return .atRisk("\(ingress.label) has no WAF ACL annotation (wafv2-acl-arn or waf-acl-id)",
                       evidence: [ingress.evidence("no WAF annotation")])
    }
}
