/// `autoscaling.keda-operations`: where KEDA scales LangSmith, its triggers, HPA interaction and rollback are owned.
struct AutoscalingKedaOperations: Rule {
    let metadata = RuleMetadata(
        id: "autoscaling.keda-operations",
        title: "KEDA operated deliberately",
        section: .autoscaling,
        level: .manual,
        evidence: [.values, .cluster],
        summary: "When KEDA scales a LangSmith service: its triggers are documented and understood, its interaction with HPAs was validated, and there is a plan to fall back to plain HPAs.",
        rationale: "KEDA is optional and outside the reference baseline. Its triggers (a Redis list length, a cron) scale on signals the team must understand, it owns an HPA that must not meet another one, and when the KEDA operator fails scaling stops; without a rollback plan the service stays at whatever size it had.",
        remediation: "Document each ScaledObject's triggers and thresholds; confirm no other HPA targets the same Deployments (autoscaling.keda-exclusive); write down the rollback (set <service>.autoscaling.keda.enabled: false and autoscaling.hpa.enabled: true, then upgrade) and rehearse it.",
        notes: "Not-applicable unless KEDA is in use: a service's autoscaling.keda.enabled in the values (chart 0.13.0 and later) or a ScaledObject aimed at a LangSmith Deployment in the dump. The finding lists those settings and ScaledObjects with their trigger types.",
        examples: [
            RuleExample("KEDA scales the queue: sign-off needed", expect: .manual, values: """
                queue:
                  autoscaling:
                    keda:
                      enabled: true
                """),
            RuleExample("ScaledObject in the cluster, reviewed and attested", expect: .pass, cluster: AutoscalingExamples.list([
                AutoscalingExamples.deployment("queue"),
                AutoscalingExamples.scaledObject("queue"),
            ]), attested: ["autoscaling.keda-operations"]),
            RuleExample("HPAs only: KEDA not used", expect: .notApplicable, values: AutoscalingExamples.allHPA),
            RuleExample("chart 0.12: no KEDA", expect: .notApplicable, values: AutoscalingExamples.allLegacy,
                        options: AuditOptions(chartVersion: "0.12.37")),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        var evidence: [Evidence] = []
        var users: [String] = []
        for service in model.services {
            var uses = false
            if model.hasValues, let keda = service.autoscaling.kedaEnabled, keda.value {
                evidence.append(keda.evidence())
                uses = true
            }
            for scaled in service.scaledObjects {
                let triggers = scaled.triggerTypes.value.map { $0.isEmpty ? "no triggers" : "triggers " + $0.joined(separator: ", ") } ?? "triggers unreadable"
                evidence.append(.object(scaled.meta.reference, in: scaled.meta.file,
                                        detail: "targets \(scaled.targetName.present ?? "?"); \(triggers)"))
                uses = true
            }
            for scaled in model.unreadableAutoscalers(of: service) where scaled.hpa == nil && scaled.namesService {
                evidence.append(scaled.evidence)
                uses = true
            }
            if uses { users.append(service.valueKey) }
        }
        guard !users.isEmpty else {
            return .notApplicable("KEDA is not used: no service enables autoscaling.keda in the values and no ScaledObject targets a LangSmith Deployment.")
        }
        return .manual("KEDA scales \(users.joined(separator: ", ")): confirm that its triggers are documented, that no other HPA targets the same Deployments, and that a rollback to plain HPAs is written down, then record the sign-off in .lsready.yaml.",
                       evidence: evidence)
    }
}
