/// `network.proxy-timeouts`: the edge waits at least as long as the frontend proxy does.
struct NetworkProxyTimeouts: Rule {
    let metadata = RuleMetadata(
        id: "network.proxy-timeouts",
        title: "Edge timeouts cover the frontend's read timeout",
        section: .networking,
        level: .recommended,
        evidence: [.values, .cluster],
        summary: "The ingress idle/read timeout (ALB idle_timeout.timeout_seconds, ingress-nginx proxy-read-timeout; both default to 60 s) is at least frontend.proxyReadTimeout (default 300 s).",
        rationale: "The frontend's nginx waits up to proxyReadTimeout for slow backend reads (large trace trees, exports). An edge that gives up sooner cuts those requests off with a 504 or a dropped connection, which users see as intermittent failures that LangSmith's own logs do not explain.",
        remediation: "On an ALB add idle_timeout.timeout_seconds=300 (or more) to alb.ingress.kubernetes.io/load-balancer-attributes under ingress.annotations; on ingress-nginx set nginx.ingress.kubernetes.io/proxy-read-timeout: \"300\". Or lower frontend.proxyReadTimeout to what the edge allows.",
        notes: "The frontend timeout is read from the values (the dump does not show it): without values the rule is unverified and reports the edge figure. The ingress comes from the dump when it holds Ingress objects, else from the values. No ingress, or a controller other than ALB or ingress-nginx (whose timeouts the tool does not know), is unverified.",
        examples: [
            RuleExample("ALB idle timeout raised to 300 s", expect: .pass, values: """
                ingress:
                  enabled: true
                  ingressClassName: alb
                  annotations:
                    alb.ingress.kubernetes.io/load-balancer-attributes: idle_timeout.timeout_seconds=300,routing.http2.enabled=true
                """),
            RuleExample("ALB with the default 60 s idle timeout", expect: .atRisk, values: """
                ingress:
                  enabled: true
                  ingressClassName: alb
                """),
            RuleExample("ingress-nginx read timeout matches a lowered frontend timeout", expect: .pass, values: """
                frontend:
                  proxyReadTimeout: "120"
                ingress:
                  enabled: true
                  ingressClassName: nginx
                  annotations:
                    nginx.ingress.kubernetes.io/proxy-read-timeout: "120"
                """),
            RuleExample("the observed nginx Ingress keeps the 60 s default", expect: .atRisk, values: """
                ingress:
                  enabled: true
                  ingressClassName: nginx
                  annotations:
                    nginx.ingress.kubernetes.io/proxy-read-timeout: "600"
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
                  spec:
                    ingressClassName: nginx
                """),
            RuleExample("no ingress: the load balancer's timeout is unknown", expect: .unverified, values: """
                frontend:
                  service:
                    type: LoadBalancer
                """),
            RuleExample("only a dump: the frontend timeout needs the values", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: networking.k8s.io/v1
                  kind: Ingress
                  metadata:
                    name: langsmith-ingress
                    annotations:
                      alb.ingress.kubernetes.io/load-balancer-attributes: idle_timeout.timeout_seconds=600
                  spec:
                    ingressClassName: alb
                """),
        ])

    static let albAttributes = "alb.ingress.kubernetes.io/load-balancer-attributes"
    static let nginxReadTimeout = "nginx.ingress.kubernetes.io/proxy-read-timeout"

    func judge(_ model: DeploymentModel) -> Judgement {
        let ingresses = model.edgeIngresses
        let setting = model.edge.proxyReadTimeout
        guard !ingresses.subjects.isEmpty else {
            if ingresses.basis == .unknown {
                return .unverified("Supply the values files (frontend.proxyReadTimeout, ingress.*) or a dump with the LangSmith Ingress to compare the edge timeout.")
            }
            return .unverified("No ingress fronts LangSmith, so the edge timeout is not visible here; check that whatever load balancer reaches the frontend waits at least frontend.proxyReadTimeout (\(setting.value.isEmpty ? "300" : setting.value) s).",
                               evidence: ingresses.absenceEvidence + [setting.evidence()])
        }
        let edges = ingresses.subjects.map(edgeTimeout)
        guard model.hasValues else {
            let figures = edges.map(\.message).joined(separator: "; ")
            return .unverified("frontend.proxyReadTimeout is set in the values; supply the values files to compare it with the edge (\(figures)).",
                               evidence: edges.flatMap(\.evidence))
        }
        guard let frontend = NginxDuration.seconds(setting.value) else {
            return .unverified("frontend.proxyReadTimeout \"\(setting.value)\" is not a duration nginx reads; fix it to compare it with the edge.",
                               evidence: [setting.evidence()])
        }
        let judgeIngress = { (ingress: EdgeIngress) in compare(edgeTimeout(ingress), with: frontend) }
        var result = Judgement.worst(of: ingresses.subjects.map(judgeIngress), ifEmpty: .unverified("No ingress to judge."))
        result.evidence.insert(setting.evidence(), at: 0)
        result.message = result.message.finished(noting: ingresses.disagreement(with: result.status, judgeIngress))
        return result
    }

    private func compare(_ edge: (seconds: Double?, message: String, evidence: [Evidence]), with frontend: Double) -> Judgement {
        let frontendText = Self.seconds(frontend)
        guard let seconds = edge.seconds else {
            return .unverified(edge.message, evidence: edge.evidence)
        }
        if seconds >= frontend {
            return .pass("\(edge.message), at least frontend.proxyReadTimeout (\(frontendText))", evidence: edge.evidence)
        }
        return .atRisk("\(edge.message), less than frontend.proxyReadTimeout (\(frontendText)): slow reads are cut off at the edge",
                       evidence: edge.evidence)
    }

    /// An edge's timeout in seconds (nil when it cannot be told) and a sentence describing it.
    private func edgeTimeout(_ ingress: EdgeIngress) -> (seconds: Double?, message: String, evidence: [Evidence]) {
        switch ingress.controller {
        case .alb:
            guard case .known(let written) = ingress.annotation(Self.albAttributes) else {
                return (nil, "the annotations of \(ingress.label) are unreadable; supply a well-formed copy (kubectl get ingress -o yaml)", [ingress.evidence("annotations unreadable")])
            }
            let attribute = written.flatMap { Self.attribute("idle_timeout.timeout_seconds", in: $0) }
            guard let text = attribute else {
                return (60, "\(ingress.label) (ALB) idles out after 60 s (the default: no idle_timeout.timeout_seconds attribute)",
                        [ingress.evidence("idle timeout 60 s (default)")])
            }
            guard let seconds = NginxDuration.seconds(text) else {
                return (nil, "\(ingress.label) has idle_timeout.timeout_seconds=\(text), which is not a number of seconds",
                        [ingress.evidence("idle_timeout.timeout_seconds=\(text)")])
            }
            return (seconds, "\(ingress.label) (ALB) idles out after \(Self.seconds(seconds))",
                    [ingress.evidence("idle_timeout.timeout_seconds=\(text)")])
        case .nginx:
            guard case .known(let written) = ingress.annotation(Self.nginxReadTimeout) else {
                return (nil, "the annotations of \(ingress.label) are unreadable; supply a well-formed copy (kubectl get ingress -o yaml)", [ingress.evidence("annotations unreadable")])
            }
            guard let text = written else {
                return (60, "\(ingress.label) (ingress-nginx) reads for 60 s (the default: no proxy-read-timeout annotation)",
                        [ingress.evidence("proxy-read-timeout 60 s (default)")])
            }
            guard let seconds = NginxDuration.seconds(text) else {
                return (nil, "\(ingress.label) has proxy-read-timeout \"\(text)\", which is not a number of seconds",
                        [ingress.evidence("\(Self.nginxReadTimeout)=\(text)")])
            }
            return (seconds, "\(ingress.label) (ingress-nginx) reads for \(Self.seconds(seconds))",
                    [ingress.evidence("\(Self.nginxReadTimeout)=\(text)")])
        case .other, nil:
            let name = ingress.className.map { "the \"\($0)\" controller" } ?? "no ingress class"
            return (nil, "\(ingress.label) uses \(name); check its read/idle timeout by hand",
                    [ingress.evidence("controller: \(ingress.className ?? "unknown")", valuesPath: "ingress.ingressClassName")])
        }
    }

    /// The value of `key` in an ALB attribute list (`k1=v1,k2=v2`).
    static func attribute(_ key: String, in list: String) -> String? {
        for pair in list.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace }
            if parts.count == 2, parts[0] == key { return parts[1] }
        }
        return nil
    }

    static func seconds(_ value: Double) -> String {
        "\(NumberText.render(value)) s"
    }
}
