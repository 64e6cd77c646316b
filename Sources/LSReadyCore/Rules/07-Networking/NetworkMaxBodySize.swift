/// `network.max-body-size`: every proxy on the way to the backend admits the largest trace payload.
struct NetworkMaxBodySize: Rule {
    let metadata = RuleMetadata(
        id: "network.max-body-size",
        title: "Request body limits admit the largest trace",
        section: .networking,
        level: .recommended,
        evidence: [.values, .cluster],
        summary: "frontend.maxBodySize and any ingress-level body limit (ingress-nginx proxy-body-size) are at least the expected trace payload (--max-payload, default 25M).",
        rationale: "A proxy that refuses a large request answers 413 before the backend sees it: the SDK drops the trace batch, and the run never appears although nothing in LangSmith's own logs shows an error. ingress-nginx defaults to 1m, far below a typical multi-megabyte trace.",
        remediation: "Raise frontend.maxBodySize (an nginx size such as \"100M\") to at least the largest payload you expect, and on ingress-nginx set the nginx.ingress.kubernetes.io/proxy-body-size annotation under ingress.annotations to the same size (\"0\" disables the limit). The AWS ALB imposes no body limit.",
        notes: "Sizes are nginx sizes (k, m, g are ×1024 steps; 0 is unlimited). The frontend limit is read from the values; without values the rule can still find an ingress-level limit below the payload (at-risk), otherwise it is unverified. The ingress comes from the dump when it holds Ingress objects, else from the values. For controllers other than ALB and ingress-nginx, whose limits the tool does not know, only the frontend limit is judged and the message says so.",
        examples: [
            RuleExample("chart defaults behind an ALB: 25M frontend, no ALB limit", expect: .pass, values: """
                ingress:
                  enabled: true
                  ingressClassName: alb
                """),
            RuleExample("ingress-nginx with a raised limit", expect: .pass, values: """
                frontend:
                  maxBodySize: 100M
                ingress:
                  enabled: true
                  ingressClassName: nginx
                  annotations:
                    nginx.ingress.kubernetes.io/proxy-body-size: 100m
                """, options: AuditOptions(maxPayloadBytes: 50 * 1024 * 1024)),
            RuleExample("frontend limit below a 50 MiB payload", expect: .atRisk, values: """
                frontend:
                  maxBodySize: 25M
                """, options: AuditOptions(maxPayloadBytes: 50 * 1024 * 1024)),
            RuleExample("ingress-nginx without the annotation: the controller's 1m default", expect: .atRisk, values: """
                ingress:
                  enabled: true
                  ingressClassName: nginx
                """),
            RuleExample("the observed nginx Ingress has a 10m limit", expect: .atRisk, values: """
                ingress:
                  enabled: true
                  ingressClassName: nginx
                  annotations:
                    nginx.ingress.kubernetes.io/proxy-body-size: 100m
                """, cluster: """
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
                    annotations:
                      nginx.ingress.kubernetes.io/proxy-body-size: 10m
                  spec:
                    ingressClassName: nginx
                """),
            RuleExample("only a dump with an ALB Ingress: the frontend limit needs the values", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: networking.k8s.io/v1
                  kind: Ingress
                  metadata:
                    name: langsmith-ingress
                    namespace: langsmith
                  spec:
                    ingressClassName: alb
                """),
            RuleExample("a frontend limit that is not an nginx size", expect: .unverified, values: """
                frontend:
                  maxBodySize: 25MB
                """),
            RuleExample("only a dump: the nginx Ingress keeps the 1m default", expect: .atRisk, cluster: """
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
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let payload = Int64(model.options.maxPayloadBytes)
        let payloadText = QuantityFormatter.bytes(payload)
        let ingresses = model.edgeIngresses
        let judgeIngress = { ingressJudgement($0, payload: payload, payloadText: payloadText) }
        let ingressJudgements = ingresses.subjects.map(judgeIngress)
        var judgements = ingressJudgements

        if model.hasValues {
            judgements.insert(frontendJudgement(model.edge.maxBodySize, payload: payload, payloadText: payloadText), at: 0)
        } else if !judgements.contains(where: { $0.status == .atRisk }) {
            return .unverified("frontend.maxBodySize is set in the values; supply the values files to compare it with the \(payloadText) payload.",
                               evidence: judgements.flatMap(\.evidence))
        }
        var result = Judgement.worst(of: judgements, ifEmpty: .unverified("No input shows a body limit."))
        if result.status == .pass {
            result.message = "Every body limit on the way to the backend admits a \(payloadText) payload: " + result.message
        }
        let note = ingresses.disagreement(with: Status.worst(ingressJudgements.map(\.status)) ?? .pass, judgeIngress)
        result.message = result.message.finished(noting: note)
        return result
    }

    private func frontendJudgement(_ setting: Setting<String>, payload: Int64, payloadText: String) -> Judgement {
        guard let limit = NginxSize(setting.value) else {
            return .unverified("frontend.maxBodySize \"\(setting.value)\" is not an nginx size (such as 25M); fix it to judge the limit.",
                               evidence: [setting.evidence()])
        }
        let evidence = [setting.evidence("\"\(setting.value)\" = \(limit.description)")]
        if limit.admits(payload) {
            return .pass("the frontend admits \(limit.description) (frontend.maxBodySize \"\(setting.value)\")", evidence: evidence)
        }
        return .atRisk("frontend.maxBodySize \"\(setting.value)\" (\(limit.description)) is below the expected \(payloadText) payload",
                       evidence: evidence)
    }

    private func ingressJudgement(_ ingress: EdgeIngress, payload: Int64, payloadText: String) -> Judgement {
        switch ingress.controller {
        case .alb:
            return .pass("\(ingress.label) is an ALB, which has no body limit", evidence: [ingress.evidence("ALB: no body size limit", valuesPath: "ingress.ingressClassName")])
        case .nginx:
            let key = "nginx.ingress.kubernetes.io/proxy-body-size"
            guard case .known(let written) = ingress.annotation(key) else {
                return .unverified("the annotations of \(ingress.label) are unreadable; supply a well-formed copy (kubectl get ingress -o yaml)",
                                   evidence: [ingress.evidence("annotations unreadable")])
            }
            let text = written ?? "1m"
            let origin = written == nil ? "the ingress-nginx default, no \(key) annotation" : "\(key): \(text)"
            guard let limit = NginxSize(text) else {
                return .unverified("\(ingress.label) has \(key) \"\(text)\", which is not an nginx size",
                                   evidence: [ingress.evidence("\(key)=\(text)")])
            }
            let evidence = [ingress.evidence("\(limit.description) (\(origin))")]
            if limit.admits(payload) {
                return .pass("\(ingress.label) admits \(limit.description) (\(origin))", evidence: evidence)
            }
            return .atRisk("\(ingress.label) (ingress-nginx) limits bodies to \(limit.description) (\(origin)), below the expected \(payloadText) payload",
                           evidence: evidence)
        case .other, nil:
            let name = ingress.className.map { "the \"\($0)\" controller" } ?? "an unnamed controller (no class)"
            return .pass("\(ingress.label) uses \(name), whose own body limit is not checked",
                         evidence: [ingress.evidence("controller: \(ingress.className ?? "unknown")", valuesPath: "ingress.ingressClassName")])
        }
    }
}
