/// `autoscaling.hpa`: every LangSmith service that carries load is autoscaled (HPA, or KEDA's).
struct AutoscalingHPA: Rule {
    let metadata = RuleMetadata(
        id: "autoscaling.hpa",
        title: "Services autoscaled",
        section: .autoscaling,
        level: .required,
        evidence: [.values, .cluster],
        productionOnly: true,
        summary: "backend, platform-backend and queue are autoscaled (required); frontend, playground, ace-backend and, when enabled, ingest-queue should be too. Autoscaled means an HPA or a KEDA ScaledObject targets the service's Deployment.",
        rationale: "Fixed replica counts absorb neither ingestion bursts nor query load: backends return 5xx and the queue falls behind until someone scales by hand. The reference architecture makes the HPA the baseline for LangSmith services.",
        remediation: """
            Chart 0.13.0 and later: set <service>.autoscaling.hpa.enabled: true (with minReplicas, maxReplicas and targets) for \
            backend, platformBackend and queue, and for frontend, playground, aceBackend and ingestQueue. Older charts: \
            <service>.autoscaling.enabled: true. Check that metrics-server is installed (capacity.metrics-server).
            """,
        notes: """
            The cluster decides when it shows the service's Deployment: an HPA or ScaledObject must target it, whatever the \
            values say (a disagreement is noted). Otherwise the values of the chart generation in use decide: \
            autoscaling.hpa.enabled or autoscaling.keda.enabled from chart 0.13.0, autoscaling.enabled before it. Before 0.13.0, \
            createHpa: false means an HPA managed outside the chart: unverified without a dump that shows it. A service missing \
            from a cluster-only audit is unverified; ingest-queue absent from a dump that shows LangSmith counts as disabled.
            """,
        examples: [
            RuleExample("HPAs enabled for every service (chart 0.16)", expect: .pass, values: AutoscalingExamples.allHPA),
            RuleExample("the chart default: no autoscaling", expect: .fail, values: """
                config:
                  authType: mixed
                """),
            RuleExample("only the recommended set is missing", expect: .atRisk, values: """
                backend:
                  autoscaling:
                    hpa:
                      enabled: true
                platformBackend:
                  autoscaling:
                    hpa:
                      enabled: true
                queue:
                  autoscaling:
                    keda:
                      enabled: true
                """),
            RuleExample("chart 0.12: the pre-0.13 switch", expect: .pass, values: AutoscalingExamples.allLegacy,
                        options: AuditOptions(chartVersion: "0.12.37")),
            RuleExample("chart 0.16 ignores the pre-0.13 switch", expect: .fail, values: AutoscalingExamples.allLegacy,
                        options: AuditOptions(chartVersion: "0.16.11")),
            RuleExample("chart 0.12 with createHpa: false and no dump", expect: .unverified, values: """
                backend:
                  autoscaling:
                    enabled: true
                    createHpa: false
                platformBackend:
                  autoscaling:
                    enabled: true
                queue:
                  autoscaling:
                    enabled: true
                frontend:
                  autoscaling:
                    enabled: true
                playground:
                  autoscaling:
                    enabled: true
                aceBackend:
                  autoscaling:
                    enabled: true
                """, options: AuditOptions(chartVersion: "0.12.37")),
            RuleExample("chart 0.12 with createHpa: false, and the dump shows the external HPA", expect: .pass, values: """
                backend:
                  autoscaling:
                    enabled: true
                    createHpa: false
                platformBackend:
                  autoscaling:
                    enabled: true
                queue:
                  autoscaling:
                    enabled: true
                frontend:
                  autoscaling:
                    enabled: true
                playground:
                  autoscaling:
                    enabled: true
                aceBackend:
                  autoscaling:
                    enabled: true
                """, cluster: AutoscalingExamples.list([
                    AutoscalingExamples.deployment("backend"),
                    AutoscalingExamples.hpa("backend", hpaName: "backend-platform-team-hpa"),
                ]), options: AuditOptions(chartVersion: "0.12.37")),
            RuleExample("values enable it, but the cluster has no HPA for the queue", expect: .fail,
                        values: AutoscalingExamples.allHPA, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: langsmith-queue
                    namespace: langsmith
                    labels:
                      app.kubernetes.io/component: langsmith-queue
                      helm.sh/chart: langsmith-0.16.11
                  spec:
                    replicas: 3
                """),
            RuleExample("the queue's HPA has an unreadable target", expect: .unverified,
                        values: AutoscalingExamples.allHPA, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: langsmith-queue
                    labels:
                      app.kubernetes.io/component: langsmith-queue
                      helm.sh/chart: langsmith-0.16.11
                - apiVersion: autoscaling/v2
                  kind: HorizontalPodAutoscaler
                  metadata:
                    name: langsmith-queue
                    labels:
                      app.kubernetes.io/component: langsmith-queue
                  spec:
                    scaleTargetRef:
                      kind: Deployment
                      name: [langsmith-queue]
                    maxReplicas: 10
                """),
            RuleExample("cluster only: every Deployment has its HPA", expect: .pass, cluster: AutoscalingExamples.autoscaledCluster),
            RuleExample("dev profile: autoscaling optional", expect: .notApplicable, values: """
                config:
                  authType: mixed
                """, options: AuditOptions(profile: .dev)),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let subjects = model.autoscalingScope.map { entry -> Judgement in
            let state = model.autoscalingState(of: entry.service)
            let set = entry.required ? "required" : "recommended"
            let line = "\(entry.service.valueKey) (\(set)): \(state.detail)"
            switch state.outcome {
            case .autoscaled: return .pass(line, evidence: state.evidence)
            case .undetermined: return .unverified(line, evidence: state.evidence)
            case .notAutoscaled: return entry.required ? .fail(line, evidence: state.evidence) : .atRisk(line, evidence: state.evidence)
            }
        }
        var judgement = Judgement.worst(of: subjects, ifEmpty: .unverified("No LangSmith service to judge."))
        let names = model.autoscalingScope.map(\.service.valueKey)
        switch judgement.status {
        case .pass:
            judgement.message = "All \(names.count) services are autoscaled (\(names.joined(separator: ", "))): " + subjects.map(\.message).joined(separator: "; ") + "."
        case .fail:
            judgement.message = "Required services are not autoscaled: " + judgement.message + "."
        case .atRisk:
            judgement.message = "Not every recommended service is autoscaled: " + judgement.message + "."
        default:
            judgement.message = "Cannot tell whether every service is autoscaled: " + judgement.message + "."
        }
        return judgement
    }
}
