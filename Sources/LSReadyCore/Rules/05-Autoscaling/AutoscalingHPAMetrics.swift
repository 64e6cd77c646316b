/// `autoscaling.hpa-metrics`: the LangSmith HPAs can read their metrics.
struct AutoscalingHPAMetrics: Rule {
    let metadata = RuleMetadata(
        id: "autoscaling.hpa-metrics",
        title: "HPA metrics flowing",
        section: .autoscaling,
        level: .required,
        evidence: [.cluster],
        summary: "Every HPA aimed at a LangSmith service reports ScalingActive = True and current metric values.",
        rationale: "An HPA that cannot read its metrics keeps the replica count where it is: autoscaling looks configured but never happens. The usual cause is a missing or broken metrics-server, or containers without requests.",
        remediation: "Read the HPA's ScalingActive message (kubectl describe hpa -n <namespace>). Install or repair metrics-server (kubectl get apiservice v1beta1.metrics.k8s.io must be Available), give every container CPU and memory requests, and for KEDA check the ScaledObject's triggers and the KEDA operator logs.",
        notes: """
            The HPAs judged are those whose scaleTargetRef names a LangSmith service's Deployment, KEDA's keda-hpa-* included, \
            and those whose target cannot be read but whose name or component label is a LangSmith service's. \
            ScalingActive False, or True without any current metric, fails. An HPA that reports no ScalingActive condition yet \
            (just created, or a dump without status) is unverified, and so is ScalingActive False with reason ScalingDisabled (the \
            target is at zero replicas, by hand or by KEDA scaling to zero): that is not a metrics failure, but nothing shows \
            the metrics work either. No LangSmith HPA → not-applicable.
            """,
        examples: [
            RuleExample("HPAs scaling on live metrics", expect: .pass, cluster: AutoscalingExamples.autoscaledCluster),
            RuleExample("metrics API unavailable: FailedGetResourceMetric", expect: .fail, cluster: AutoscalingExamples.list([
                AutoscalingExamples.deployment("backend"),
                AutoscalingExamples.hpa("backend"),
                AutoscalingExamples.deployment("queue"),
                AutoscalingExamples.hpa("queue", active: false),
            ])),
            RuleExample("KEDA's HPA for the queue is active", expect: .pass, cluster: AutoscalingExamples.list([
                AutoscalingExamples.deployment("queue"),
                AutoscalingExamples.scaledObject("queue"),
            ])),
            RuleExample("the Deployment was scaled to zero: scaling disabled", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: autoscaling/v2
                  kind: HorizontalPodAutoscaler
                  metadata:
                    name: langsmith-playground
                    namespace: langsmith
                  spec:
                    scaleTargetRef:
                      apiVersion: apps/v1
                      kind: Deployment
                      name: langsmith-playground
                    minReplicas: 1
                    maxReplicas: 5
                  status:
                    currentReplicas: 0
                    desiredReplicas: 0
                    conditions:
                    - type: AbleToScale
                      status: "True"
                      reason: SucceededGetScale
                    - type: ScalingActive
                      status: "False"
                      reason: ScalingDisabled
                      message: scaling is disabled since the replica count of the target is zero
                """),
            RuleExample("an HPA without status yet", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: autoscaling/v2
                  kind: HorizontalPodAutoscaler
                  metadata:
                    name: langsmith-backend
                    namespace: langsmith
                  spec:
                    scaleTargetRef:
                      apiVersion: apps/v1
                      kind: Deployment
                      name: langsmith-backend
                    minReplicas: 2
                    maxReplicas: 6
                """),
            RuleExample("no HPA in the dump", expect: .notApplicable, cluster: AutoscalingExamples.list([
                AutoscalingExamples.deployment("backend"),
            ])),
            RuleExample("values only: HPAs are observed state", expect: .unverified, values: AutoscalingExamples.allHPA),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        var seen = Set<String>()
        // HPAs whose target cannot be read still count when their name or label is a LangSmith service's.
        let unreadable = model.services.flatMap { model.unreadableAutoscalers(of: $0) }.filter(\.namesService).compactMap(\.hpa)
        let autoscalers = (model.services.flatMap(\.autoscalers) + unreadable).filter {
            seen.insert(($0.meta.namespace ?? "") + "/" + $0.meta.name).inserted
        }
        let subjects = autoscalers.map(judge)
        var judgement = Judgement.worst(of: subjects, ifEmpty: .notApplicable(
            "No HPA targets a LangSmith Deployment in the dump, so there are no HPA metrics to check (see autoscaling.hpa)."))
        if judgement.status == .pass {
            let names = autoscalers.map(\.meta.name).joined(separator: ", ")
            judgement.message = subjects.count == 1
                ? "The LangSmith HPA \(names) reports ScalingActive True with current metrics."
                : "All \(subjects.count) LangSmith HPAs report ScalingActive True with current metrics: \(names)."
        } else if judgement.status == .fail {
            judgement.message = "The metrics pipeline is broken for: " + judgement.message + "."
        }
        return judgement
    }

    private func judge(_ hpa: KubeHorizontalPodAutoscaler) -> Judgement {
        let name = "HPA \(hpa.meta.name)"
        func evidence(_ detail: String) -> [Evidence] { [.object(hpa.meta.reference, in: hpa.meta.file, detail: detail)] }
        switch hpa.scalingActive {
        case .unknown:
            return .unverified("\(name): its conditions cannot be read", evidence: evidence("conditions unreadable"))
        case .known(nil):
            return .unverified("\(name) reports no ScalingActive condition yet; collect the dump again with the HPA's status",
                               evidence: evidence("no ScalingActive condition"))
        case .known(let condition?):
            let reason = condition.reason.map { " (\($0))" } ?? ""
            if !condition.isTrue && condition.reason == "ScalingDisabled" {
                return .unverified("\(name): scaling is disabled because its Deployment is at zero replicas, so its metrics cannot be checked",
                                   evidence: evidence("ScalingActive \(condition.status)\(reason)"))
            }
            guard condition.isTrue else {
                let detail = condition.message.map { ": \($0)" } ?? ""
                return .fail("\(name): ScalingActive \(condition.status)\(reason)\(detail)",
                             evidence: evidence("ScalingActive \(condition.status)\(reason)"))
            }
            switch hpa.reportsCurrentMetrics {
            case .unknown:
                return .unverified("\(name): its current metrics cannot be read", evidence: evidence("ScalingActive True\(reason); currentMetrics unreadable"))
            case .known(false):
                return .fail("\(name): ScalingActive True but no current metric values are reported",
                             evidence: evidence("ScalingActive True\(reason); no currentMetrics"))
            case .known(true):
                return .pass("\(name): ScalingActive True\(reason)", evidence: evidence("ScalingActive True\(reason); current metrics reported"))
            }
        }
    }
}
