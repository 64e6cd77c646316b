/// `autoscaling.resource-requests`: autoscaled services request the resources their utilization targets are measured against.
struct AutoscalingResourceRequests: Rule {
    let metadata = RuleMetadata(
        id: "autoscaling.resource-requests",
        title: "Autoscaled services request resources",
        section: .autoscaling,
        level: .required,
        evidence: [.values, .cluster],
        summary: "Every container of every autoscaled service requests CPU, and memory too when the autoscaler targets memory utilization.",
        rationale: "A utilization target is a percentage of the request. Without a CPU request the HPA cannot compute utilization (FailedGetResourceMetric) and never scales; a container without a memory request breaks a memory target the same way.",
        remediation: "Set <service>.deployment.resources.requests.cpu and .memory for each autoscaled service (the chart's defaults do; an override with null or an empty map removes them), and give sidecars requests too.",
        notes: """
            The services judged are those autoscaling.hpa finds autoscaled (and, before chart 0.13.0, those whose values enable \
            an HPA managed outside the chart). The cluster decides when it shows the service's Deployment: every container of \
            its pod template must request CPU, and memory when an HPA aimed at it has a memory Utilization metric or a \
            ScaledObject a memory trigger. Otherwise <service>.deployment.resources.requests in the values decide, with a memory \
            target from the enabled mechanism's targetMemoryUtilizationPercentage (the chart default is 80, so memory is \
            usually needed). No autoscaled service → not-applicable.
            """,
        examples: [
            RuleExample("the chart's default requests under HPAs", expect: .pass, values: AutoscalingExamples.allHPA),
            RuleExample("an autoscaled queue whose CPU request was removed", expect: .fail, values: """
                queue:
                  autoscaling:
                    hpa:
                      enabled: true
                  deployment:
                    resources:
                      requests:
                        cpu: null
                """),
            RuleExample("memory request removed while the memory target is on", expect: .fail, values: """
                backend:
                  autoscaling:
                    hpa:
                      enabled: true
                      targetMemoryUtilizationPercentage: 75
                  deployment:
                    resources:
                      requests:
                        memory: null
                """),
            RuleExample("memory request removed with the memory target off", expect: .pass, values: """
                backend:
                  autoscaling:
                    hpa:
                      enabled: true
                      targetMemoryUtilizationPercentage: null
                  deployment:
                    resources:
                      requests:
                        memory: null
                """),
            RuleExample("cluster: the Deployment behind a memory HPA requests CPU only", expect: .fail,
                        cluster: AutoscalingExamples.list([
                            AutoscalingExamples.deployment("backend", cpu: "1000m", memory: nil),
                            AutoscalingExamples.hpa("backend"),
                        ])),
            RuleExample("values request memory, but the running Deployment does not", expect: .fail,
                        values: AutoscalingExamples.allHPA,
                        cluster: AutoscalingExamples.list([
                            AutoscalingExamples.deployment("queue", cpu: "1000m", memory: nil),
                            AutoscalingExamples.hpa("queue"),
                        ])),
            RuleExample("cluster: requests on every autoscaled Deployment", expect: .pass,
                        cluster: AutoscalingExamples.autoscaledCluster),
            RuleExample("chart 0.12: requests under the pre-0.13 switch", expect: .pass, values: AutoscalingExamples.allLegacy,
                        options: AuditOptions(chartVersion: "0.12.37")),
            RuleExample("no service is autoscaled", expect: .notApplicable, values: """
                config:
                  authType: mixed
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        var undetermined = false
        var subjects: [Judgement] = []
        for service in model.services {
            let state = model.autoscalingState(of: service)
            let declaredOutside = state.outcome == .undetermined && model.hasValues && service.autoscaling.hpaEnabled.value
            guard state.outcome == .autoscaled || declaredOutside else {
                if state.outcome == .undetermined && service.service.autoscaling != .none { undetermined = true }
                continue
            }
            subjects.append(judge(service, model))
        }
        guard !subjects.isEmpty else {
            if undetermined {
                return .unverified("Cannot tell which services are autoscaled; supply a cluster dump of the LangSmith namespace (or the values).")
            }
            return .notApplicable("No service is autoscaled, so no utilization target depends on requests.")
        }
        var judgement = Judgement.worst(of: subjects, ifEmpty: .notApplicable(""))
        if judgement.status == .pass {
            judgement.message = "Every autoscaled service requests what its targets need: " + subjects.map(\.message).joined(separator: "; ") + "."
        }
        return judgement
    }

    /// One autoscaled service: from its Deployment's pod template when the dump has it, else from the values.
    private func judge(_ service: ServiceModel, _ model: DeploymentModel) -> Judgement {
        let key = service.valueKey
        let memoryNeeded = memoryTarget(service, model)
        if model.hasCluster && !service.deployments.isEmpty {
            var problems: [String] = []
            var unknown: [String] = []
            var evidence: [Evidence] = []
            var missingCPU = false
            var missingMemory = false
            for deployment in service.deployments {
                guard let containers = deployment.template.containers.value, !containers.isEmpty else {
                    unknown.append("the containers of \(deployment.meta.reference) cannot be read")
                    continue
                }
                var missing: [String] = []
                for container in containers {
                    let name = container.name.present ?? "?"
                    switch container.requests.cpuMillicores {
                    case .unknown: unknown.append("container \(name)'s CPU request cannot be read")
                    case .known(let cpu):
                        if (cpu ?? 0) <= 0 {
                            missing.append("container \(name) requests no CPU")
                            missingCPU = true
                        }
                    }
                    guard memoryNeeded != false else { continue }
                    switch container.requests.memoryBytes {
                    case .unknown: unknown.append("container \(name)'s memory request cannot be read")
                    case .known(let memory):
                        guard (memory ?? 0) <= 0 else { continue }
                        if memoryNeeded == true {
                            missingMemory = true
                            missing.append("container \(name) requests no memory, but its autoscaler targets memory utilization")
                        } else {
                            unknown.append("container \(name) requests no memory and the autoscaler's metrics cannot be read")
                        }
                    }
                }
                problems += missing.map { "\($0) (\(deployment.meta.reference))" }
                evidence.append(.object(deployment.meta.reference, in: deployment.meta.file,
                                        detail: missing.isEmpty ? "\(containers.count) container(s) with requests" : missing.joined(separator: "; ")))
            }
            if !problems.isEmpty {
                var message = "\(key): " + problems.joined(separator: "; ")
                let values = service.resources
                let valuesCover = (!missingCPU || (values.cpuRequestMillicores ?? 0) > 0)
                    && (!missingMemory || (values.memoryRequestBytes ?? 0) > 0)
                if model.hasValues && valuesCover {
                    message += " (the values request cpu \(values.cpuRequest.value), memory \(values.memoryRequest.value): the cluster disagrees, and decides)"
                }
                return .fail(message, evidence: evidence)
            }
            if !unknown.isEmpty {
                return .unverified("\(key): " + unknown.joined(separator: "; "), evidence: evidence)
            }
            let what = memoryNeeded == true ? "CPU and memory" : "CPU"
            return .pass("\(key) requests \(what) on every container of \(service.workloadName)", evidence: evidence)
        }
        guard model.hasValues else {
            return .unverified("\(key): the dump has no Deployment \(service.workloadName) to read requests from; supply it or the values")
        }
        let resources = service.resources
        var missing: [String] = []
        if (resources.cpuRequestMillicores ?? 0) <= 0 { missing.append("\(resources.cpuRequest.path) is not set") }
        if memoryNeeded == true && (resources.memoryRequestBytes ?? 0) <= 0 {
            missing.append("\(resources.memoryRequest.path) is not set, but a memory utilization target is")
        }
        let evidence = [resources.cpuRequest, resources.memoryRequest].map { $0.evidence($0.value.isEmpty ? "not set" : $0.value) }
            + (memoryNeeded == true ? [service.valuesMemoryTarget.evidence(service.valuesMemoryTarget.value.map { NumberText.render($0) + "%" } ?? "not set")] : [])
        if !missing.isEmpty {
            return .fail("\(key): " + missing.joined(separator: "; "), evidence: evidence)
        }
        let memory = memoryNeeded == true ? ", memory \(resources.memoryRequest.value)" : ""
        return .pass("\(key) requests CPU \(resources.cpuRequest.value)\(memory)", evidence: evidence)
    }

    /// Whether the autoscaler targets memory utilization: true, false, or nil when its metrics cannot be read.
    private func memoryTarget(_ service: ServiceModel, _ model: DeploymentModel) -> Bool? {
        if model.hasCluster && (!service.autoscalers.isEmpty || !service.scaledObjects.isEmpty) {
            var unreadable = false
            for hpa in service.autoscalers {
                guard let metrics = hpa.metrics.value else { unreadable = true; continue }
                if metrics.contains(where: { $0.resourceName == "memory" && $0.targetType == "Utilization" }) { return true }
            }
            for scaled in service.scaledObjects {
                guard let triggers = scaled.triggerTypes.value else { unreadable = true; continue }
                if triggers.contains("memory") { return true }
            }
            return unreadable ? nil : false
        }
        return (service.valuesMemoryTarget.value ?? 0) > 0
    }
}
