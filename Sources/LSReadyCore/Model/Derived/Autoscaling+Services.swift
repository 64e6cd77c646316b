/// Whether a service is autoscaled, from the cluster when it shows the
/// service and from the values otherwise (CATALOG Section 5). Shared by the
/// autoscaling rules so that they agree on which services are autoscaled.
struct ServiceAutoscalingState: Sendable {
    enum Outcome: Sendable, Equatable {
        case autoscaled
        case notAutoscaled
        /// Neither input decides (a values-declared HPA managed outside the chart, a service missing from the dump).
        case undetermined
    }

    var service: ServiceModel
    var outcome: Outcome
    /// A clause naming what decided it: "HPA langsmith-queue targets Deployment/langsmith-queue".
    var detail: String
    var evidence: [Evidence]
}

extension ServiceModel {
    /// The chart version in use has this service (chart 0.10 has no ingestQueue).
    var isInChart: Bool { !name.value.isEmpty || name.isUserSet }

    /// The cluster dump shows its Deployment, or an autoscaler aimed at it.
    var isObserved: Bool { !deployments.isEmpty || !autoscalers.isEmpty || !scaledObjects.isEmpty }

    /// The name its Deployment has (or would have) in the cluster, for messages.
    var workloadName: String {
        deployments.first?.meta.name ?? (name.value.isEmpty ? service.defaultName : name.value)
    }

    /// Every HPA and ScaledObject aimed at the service, as evidence.
    var autoscalerEvidence: [Evidence] {
        autoscalers.map { Evidence.object($0.meta.reference, in: $0.meta.file, detail: "targets \($0.targetName.present ?? "?")") }
            + scaledObjects.map { Evidence.object($0.meta.reference, in: $0.meta.file, detail: "targets \($0.targetName.present ?? "?")") }
    }

    /// `HPA keda-hpa-langsmith-queue, ScaledObject langsmith-queue`.
    var autoscalerNames: String {
        (autoscalers.map { "HPA \($0.meta.name)" } + scaledObjects.map { "ScaledObject \($0.meta.name)" }).joined(separator: ", ")
    }

    /// The memory utilization target the values give the enabled mechanism (KEDA when only KEDA is on).
    var valuesMemoryTarget: Setting<Double?> {
        if let keda = autoscaling.kedaEnabled, keda.value, !autoscaling.hpaEnabled.value,
           let target = autoscaling.kedaTargetMemory {
            return target
        }
        return autoscaling.hpaTargetMemory
    }
}

/// An HPA or ScaledObject whose `scaleTargetRef.name` cannot be read (a malformed dump).
struct UnreadableAutoscaler: Sendable {
    var meta: KubeObjectMeta
    /// Its name or component label names the service (else it names no LangSmith service at all).
    var namesService: Bool
    /// Set for an HPA, so that its status can still be judged.
    var hpa: KubeHorizontalPodAutoscaler?

    var evidence: Evidence { .object(meta.reference, in: meta.file, detail: "scaleTargetRef.name cannot be read") }
}

extension DeploymentModel {
    /// Autoscalers with an unreadable target that may be aimed at `service`:
    /// those whose name or component label names it, and those that name no
    /// LangSmith service (they could target any). An unknown target must never
    /// read as "no autoscaler".
    func unreadableAutoscalers(of service: ServiceModel) -> [UnreadableAutoscaler] {
        let names = serviceNames
        let own = service.name.value.isEmpty ? service.service.defaultName : service.name.value
        func candidate(_ meta: KubeObjectMeta) -> Bool? {
            if names.object(meta, names: own) { return true }
            return names.known.contains { names.object(meta, names: $0) } ? nil : false
        }
        var found: [UnreadableAutoscaler] = []
        for hpa in inventory.horizontalPodAutoscalers where hpa.targetName.isUnknown {
            if let namesService = candidate(hpa.meta) { found.append(UnreadableAutoscaler(meta: hpa.meta, namesService: namesService, hpa: hpa)) }
        }
        for scaled in inventory.scaledObjects where scaled.targetName.isUnknown {
            if let namesService = candidate(scaled.meta) { found.append(UnreadableAutoscaler(meta: scaled.meta, namesService: namesService)) }
        }
        return found
    }

    /// The services `autoscaling.hpa` judges, and whether each is in the required set.
    /// ingestQueue counts when it is enabled: its Deployment is in the dump, or
    /// (without that) the values enable it; a cluster-only audit whose dump
    /// shows LangSmith without an ingest-queue treats it as not enabled.
    var autoscalingScope: [(service: ServiceModel, required: Bool)] {
        services.compactMap { service in
            switch service.service.autoscaling {
            case .none:
                return nil
            case .required:
                return (service, true)
            case .recommended:
                return service.isInChart || service.isObserved ? (service, false) : nil
            case .recommendedWhenEnabled:
                if hasCluster && !service.deployments.isEmpty { return (service, false) }
                if hasCluster && !hasValues && clusterShowsLangSmith { return nil }
                return service.isInChart && service.enabled.value ? (service, false) : nil
            }
        }
    }

    /// Whether `service` is autoscaled: the cluster decides when it shows the
    /// service, noting a disagreement with the values; else the values of the
    /// chart generation in use.
    func autoscalingState(of service: ServiceModel) -> ServiceAutoscalingState {
        let key = service.valueKey
        let settings = service.autoscaling
        if hasCluster && service.isObserved {
            if !service.autoscalers.isEmpty || !service.scaledObjects.isEmpty {
                var detail = "\(service.autoscalerNames) targets \(service.workloadName)"
                if hasValues && !settings.isEnabled {
                    detail += " (the values do not enable autoscaling for \(key): it is managed outside the chart)"
                }
                return ServiceAutoscalingState(service: service, outcome: .autoscaled, detail: detail,
                                               evidence: service.autoscalerEvidence)
            }
            let unreadable = unreadableAutoscalers(of: service)
            if let first = unreadable.first {
                return ServiceAutoscalingState(service: service, outcome: .undetermined,
                                               detail: "\(first.meta.reference) may target \(service.workloadName), but its scaleTargetRef cannot be read",
                                               evidence: unreadable.map(\.evidence))
            }
            let deployment = service.deployments.map { Evidence.object($0.meta.reference, in: $0.meta.file, detail: "no HPA or ScaledObject targets it") }
            var detail = "no HPA or ScaledObject targets \(service.workloadName) in the cluster"
            if hasValues && settings.isEnabled {
                let mechanism = settings.kedaEnabled?.value == true && !settings.hpaEnabled.value ? "a KEDA ScaledObject" : "an HPA"
                detail = "the values enable \(mechanism) for \(key), but \(detail)"
            }
            return ServiceAutoscalingState(service: service, outcome: .notAutoscaled, detail: detail,
                                           evidence: deployment + (hasValues ? settings.evidence : []))
        }
        guard hasValues else {
            return ServiceAutoscalingState(service: service, outcome: .undetermined,
                                           detail: "the dump has no Deployment \(service.workloadName) and no values were given; supply the values or a dump of the LangSmith namespace",
                                           evidence: [])
        }
        let absent = hasCluster ? " (the dump does not show \(service.workloadName))" : ""
        if usesSplitAutoscaling {
            if settings.hpaEnabled.value || settings.kedaEnabled?.value == true {
                let which = settings.hpaEnabled.value ? settings.hpaEnabled : (settings.kedaEnabled ?? settings.hpaEnabled)
                return ServiceAutoscalingState(service: service, outcome: .autoscaled,
                                               detail: "\(which.path) is true\(absent)", evidence: settings.evidence)
            }
            var detail = "\(key).autoscaling.hpa.enabled and \(key).autoscaling.keda.enabled are false\(absent)"
            if let legacy = hygiene.legacyKeys.first(where: { $0.path == key + ".autoscaling.enabled" }) {
                detail += "; \(legacy.path) (\(legacy.location)) is ignored from chart \(ChartVersion.autoscalingSplit): use \(key).autoscaling.hpa.enabled"
            }
            return ServiceAutoscalingState(service: service, outcome: .notAutoscaled, detail: detail, evidence: settings.evidence)
        }
        var evidence = settings.evidence
        if let createHpa = settings.createHpa { evidence.append(createHpa.evidence()) }
        if settings.hpaEnabled.value {
            if settings.createHpa?.value == false {
                return ServiceAutoscalingState(service: service, outcome: .undetermined,
                                               detail: "\(key).autoscaling.enabled is true with createHpa: false, so the HPA is managed outside the chart; "
                                                   + (hasCluster ? "the dump shows neither \(service.workloadName) nor an HPA for it" : "supply a cluster dump to confirm it exists"),
                                               evidence: evidence)
            }
            return ServiceAutoscalingState(service: service, outcome: .autoscaled,
                                           detail: "\(settings.hpaEnabled.path) is true (chart \(chartVersion))\(absent)", evidence: evidence)
        }
        var detail = "\(settings.hpaEnabled.path) is false (chart \(chartVersion) reads this key)\(absent)"
        if let unread = hygiene.unknownKeys.first(where: { $0.path == key + ".autoscaling.hpa" || $0.path == key + ".autoscaling.keda" }) {
            detail += "; \(unread.path) (\(unread.location)) is not read before chart \(ChartVersion.autoscalingSplit)"
        }
        return ServiceAutoscalingState(service: service, outcome: .notAutoscaled, detail: detail, evidence: evidence)
    }
}
