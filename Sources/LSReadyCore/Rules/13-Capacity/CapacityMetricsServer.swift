/// `capacity.metrics-server`: metrics-server serves the resource metrics HPAs read.
struct CapacityMetricsServer: Rule {
    let metadata = RuleMetadata(
        id: "capacity.metrics-server",
        title: "metrics-server installed",
        section: .capacity,
        level: .required,
        evidence: [.cluster],
        summary: "metrics-server runs: a Deployment named metrics-server, or the APIService v1beta1.metrics.k8s.io is Available.",
        rationale: "HorizontalPodAutoscalers scale on CPU and memory utilization read from metrics.k8s.io; without metrics-server they report FailedGetResourceMetric and never add replicas.",
        remediation: "Install metrics-server (the EKS add-on metrics-server, or helm install metrics-server metrics-server/metrics-server -n kube-system) and check kubectl get apiservice v1beta1.metrics.k8s.io shows Available.",
        notes: "Either signal passes, in any namespace. GKE names the Deployment metrics-server-v<version>, which counts too. An APIService that is present but not Available, with no Deployment, fails; one whose conditions are malformed is unverified. A dump that shows neither signal fails even when it holds no kube-system objects or APIServices at all (a namespace-only dump or diagnostics bundle): the rule cannot tell \"not collected\" from \"absent\", and lsready collect gathers both.",
        examples: [
            RuleExample("the metrics APIService is available", expect: .pass, cluster: """
                apiVersion: apiregistration.k8s.io/v1
                kind: APIService
                metadata:
                  name: v1beta1.metrics.k8s.io
                spec:
                  group: metrics.k8s.io
                  version: v1beta1
                  service:
                    name: metrics-server
                    namespace: kube-system
                status:
                  conditions:
                  - type: Available
                    status: "True"
                    reason: Passed
                """),
            RuleExample("the metrics-server Deployment", expect: .pass, cluster: """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: metrics-server
                  namespace: kube-system
                spec:
                  replicas: 2
                """),
            RuleExample("APIService registered but unavailable", expect: .fail, cluster: """
                apiVersion: apiregistration.k8s.io/v1
                kind: APIService
                metadata:
                  name: v1beta1.metrics.k8s.io
                status:
                  conditions:
                  - type: Available
                    status: "False"
                    reason: MissingEndpoints
                """),
            RuleExample("neither in the dump", expect: .fail, cluster: """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: coredns
                  namespace: kube-system
                """),
        ])

    static let apiServiceName = "v1beta1.metrics.k8s.io"

    func judge(_ model: DeploymentModel) -> Judgement {
        let deployments = model.capacity.deployments.filter {
            $0.meta.name == "metrics-server" || $0.meta.name.hasPrefix("metrics-server-v")
        }
        let apiServices = model.capacity.apiServices.filter { $0.name == Self.apiServiceName }
        var evidence = deployments.map { Evidence.object($0.meta.reference, in: $0.meta.file, detail: "metrics-server Deployment") }
        var available = false
        var unknown = false
        var notAvailable: [String] = []
        for apiService in apiServices {
            switch apiService.conditions.condition("Available") {
            case .unknown:
                unknown = true
                evidence.append(.object(apiService.meta.reference, in: apiService.meta.file, detail: "conditions unreadable"))
            case .known(let condition?) where condition.isTrue:
                available = true
                evidence.append(.object(apiService.meta.reference, in: apiService.meta.file, detail: "Available"))
            case .known(let condition):
                let state = condition.map { "Available=\($0.status)\($0.reason.map { ", \($0)" } ?? "")" } ?? "no Available condition"
                notAvailable.append(state)
                evidence.append(.object(apiService.meta.reference, in: apiService.meta.file, detail: state))
            }
        }
        if available {
            return .pass("APIService \(Self.apiServiceName) is Available: metrics-server serves resource metrics.", evidence: evidence)
        }
        if let deployment = deployments.first {
            return .pass("metrics-server is installed (\(deployment.meta.reference)\(deployment.meta.namespace.map { " in \($0)" } ?? "")).", evidence: evidence)
        }
        if unknown {
            return .unverified("APIService \(Self.apiServiceName) has malformed conditions in the dump, and no metrics-server Deployment is in it.", evidence: evidence)
        }
        if let state = notAvailable.first {
            return .fail("APIService \(Self.apiServiceName) is registered but not available (\(state)) and no metrics-server Deployment is in the dump: HPAs cannot read metrics.",
                         evidence: evidence)
        }
        return .fail("No metrics-server Deployment and no APIService \(Self.apiServiceName) in the dump: HPAs cannot scale without resource metrics.",
                     evidence: [.note("\(model.capacity.deployments.count) Deployment(s) and \(model.capacity.apiServices.count) APIService(s) in the dump")])
    }
}
