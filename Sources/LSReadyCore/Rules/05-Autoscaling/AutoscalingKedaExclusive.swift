/// `autoscaling.keda-exclusive`: each Deployment has one autoscaler, HPA or KEDA, never both.
struct AutoscalingKedaExclusive: Rule {
    let metadata = RuleMetadata(
        id: "autoscaling.keda-exclusive",
        title: "HPA and KEDA not combined",
        section: .autoscaling,
        level: .required,
        evidence: [.values, .cluster],
        summary: "No service enables both autoscaling.hpa and autoscaling.keda in the values, and no Deployment is targeted by two autoscalers that one ScaledObject does not own.",
        rationale: "Two HorizontalPodAutoscalers on one Deployment fight: each sets the replica count from its own metrics, so the Deployment flaps between their answers. KEDA works by creating an HPA, so a ScaledObject next to a chart HPA is the same conflict.",
        remediation: "Choose one mechanism per service: set either <service>.autoscaling.hpa.enabled or <service>.autoscaling.keda.enabled to true, not both, and delete any HPA created by hand for a Deployment that a ScaledObject (or another HPA) already scales.",
        notes: """
            Values: only charts 0.13.0 and later have both switches. Cluster: the autoscalers of a Deployment are its \
            ScaledObjects and its HPAs, an HPA owned by a ScaledObject (ownerReferences, or KEDA's keda-hpa-<name> naming) \
            counting as that ScaledObject; more than one → fail. An autoscaler whose target cannot be read makes a conflict-free \
            result unverified. A values conflict fails even when the cluster does not show \
            it yet (the next upgrade renders both), and the message says so.
            """,
        examples: [
            RuleExample("HPA for the backend, KEDA for the queue", expect: .pass, values: """
                backend:
                  autoscaling:
                    hpa:
                      enabled: true
                queue:
                  autoscaling:
                    keda:
                      enabled: true
                """),
            RuleExample("both switched on for the queue", expect: .fail, values: """
                queue:
                  autoscaling:
                    hpa:
                      enabled: true
                    keda:
                      enabled: true
                """),
            RuleExample("a ScaledObject and its own HPA count as one", expect: .pass, cluster: AutoscalingExamples.list([
                AutoscalingExamples.deployment("queue"),
                AutoscalingExamples.scaledObject("queue"),
            ])),
            RuleExample("KEDA's HPA recognised by its keda-hpa- name when the dump drops owners", expect: .pass,
                        cluster: AutoscalingExamples.list([
                            AutoscalingExamples.deployment("queue"),
                            AutoscalingExamples.scaledObject("queue", withHPA: false),
                            AutoscalingExamples.hpa("queue", hpaName: "keda-hpa-langsmith-queue", memory: false),
                        ])),
            RuleExample("a hand-made HPA next to KEDA's", expect: .fail, cluster: AutoscalingExamples.list([
                AutoscalingExamples.deployment("queue"),
                AutoscalingExamples.scaledObject("queue"),
                AutoscalingExamples.hpa("queue"),
            ])),
            RuleExample("chart 0.12 has no KEDA switch", expect: .pass, values: AutoscalingExamples.allLegacy,
                        options: AuditOptions(chartVersion: "0.12.37")),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        var conflicts: [Judgement] = []
        var clusterConflicted = Set<String>()
        var checkedTargets = 0
        if model.hasCluster {
            for service in model.services {
                for (target, controllers) in controllersByTarget(service) {
                    checkedTargets += 1
                    guard controllers.count > 1 else { continue }
                    clusterConflicted.insert(service.valueKey)
                    conflicts.append(.fail("Deployment \(target) is scaled by \(controllers.count) autoscalers: \(controllers.map(\.label).joined(separator: ", "))",
                                           evidence: controllers.map(\.evidence)))
                }
            }
        }
        var valuesChecked = false
        if model.hasValues && model.usesSplitAutoscaling {
            valuesChecked = true
            for service in model.services {
                let settings = service.autoscaling
                guard let keda = settings.kedaEnabled, keda.value, settings.hpaEnabled.value else { continue }
                var message = "\(service.valueKey) enables both \(settings.hpaEnabled.path) and \(keda.path)"
                if model.hasCluster && service.isObserved && !clusterConflicted.contains(service.valueKey) {
                    message += " (the cluster does not show two autoscalers for it yet; the chart renders both)"
                }
                conflicts.append(.fail(message, evidence: [settings.hpaEnabled.evidence(), keda.evidence()]))
            }
        }
        if !conflicts.isEmpty {
            var judgement = Judgement.worst(of: conflicts, ifEmpty: .pass(""))
            judgement.message = "HPA and KEDA are combined: " + judgement.message + "."
            return judgement
        }
        let unreadable = model.hasCluster ? model.services.flatMap { model.unreadableAutoscalers(of: $0) } : []
        if !unreadable.isEmpty {
            var seen = Set<String>()
            let objects = unreadable.filter { seen.insert($0.meta.reference).inserted }
            return .unverified("No conflict found, but the target of \(objects.map(\.meta.reference).joined(separator: ", ")) cannot be read; fix the dump (or collect it again) to check that no Deployment has two autoscalers.",
                               evidence: objects.map(\.evidence))
        }
        var checked: [String] = []
        if valuesChecked {
            checked.append("no service enables both autoscaling.hpa and autoscaling.keda in the values")
        } else if model.hasValues {
            checked.append("chart \(model.chartVersion) has no KEDA switch in the values")
        }
        if model.hasCluster {
            switch checkedTargets {
            case 0: checked.append("no autoscaled LangSmith Deployment in the dump")
            case 1: checked.append("the one autoscaled LangSmith Deployment in the dump has a single autoscaler")
            default: checked.append("each of the \(checkedTargets) autoscaled LangSmith Deployments in the dump has a single autoscaler")
            }
        }
        return .pass(Self.sentence(checked), evidence: [.note("chart \(model.chartVersion) (\(model.chartVersionSource.rawValue))")])
    }

    private struct Controller {
        var label: String
        var evidence: Evidence
    }

    /// The autoscalers of each targeted Deployment, an HPA owned by a ScaledObject folded into it.
    private func controllersByTarget(_ service: ServiceModel) -> [(String, [Controller])] {
        var order: [String] = []
        var byTarget: [String: [String: Controller]] = [:]
        func add(_ target: String?, key: String, _ controller: Controller) {
            guard let target else { return }
            if byTarget[target] == nil { order.append(target); byTarget[target] = [:] }
            if byTarget[target]?[key] == nil { byTarget[target]?[key] = controller }
        }
        for scaled in service.scaledObjects {
            add(scaled.targetName.present, key: "ScaledObject/" + scaled.meta.name,
                Controller(label: "ScaledObject \(scaled.meta.name)",
                           evidence: .object(scaled.meta.reference, in: scaled.meta.file, detail: "targets \(scaled.targetName.present ?? "?")")))
        }
        for hpa in service.autoscalers {
            let owner = hpa.scaledObjectName
            let label = owner.map { "ScaledObject \($0) (through HPA \(hpa.meta.name))" } ?? "HPA \(hpa.meta.name)"
            add(hpa.targetName.present, key: owner.map { "ScaledObject/" + $0 } ?? "HPA/" + hpa.meta.name,
                Controller(label: label,
                           evidence: .object(hpa.meta.reference, in: hpa.meta.file, detail: "targets \(hpa.targetName.present ?? "?")")))
        }
        return order.map { target in
            (target, (byTarget[target] ?? [:]).sorted { $0.key < $1.key }.map(\.value))
        }
    }

    static func sentence(_ clauses: [String]) -> String {
        guard let first = clauses.first else { return "Nothing combines HPA and KEDA." }
        let text = clauses.count == 1 ? first : clauses.dropLast().joined(separator: ", ") + ", and " + clauses[clauses.count - 1]
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }
}
