/// How far the queue (the write path's workers) can scale, from the cluster
/// when it shows the queue, else from the values (CATALOG §6).
struct QueueReach: Sendable {
    /// The most replicas the queue can run; nil when a maximum is unknown.
    var maxReplicas: Int?
    /// `HPA langsmith-queue maxReplicas 10`: what set it.
    var description: String
    var evidence: [Evidence]
    /// The values say otherwise than the cluster (a message notes it).
    var disagreement: String?
}

extension DeploymentModel {
    /// The queue's reach, or nil when neither the values nor the dump show the queue.
    var queueReach: QueueReach? {
        guard let queue = service("queue") else { return nil }
        let fromValues = hasValues ? valuesReach(queue) : nil
        if hasCluster && !(queue.deployments.isEmpty && queue.autoscalers.isEmpty && queue.scaledObjects.isEmpty) {
            var reach = observedReach(queue)
            if let fromValues, let observed = reach.maxReplicas, let configured = fromValues.maxReplicas, observed != configured {
                reach.disagreement = "the values allow \(configured) (\(fromValues.description)); the cluster decides"
            }
            return reach
        }
        return fromValues
    }

    private func observedReach(_ queue: ServiceModel) -> QueueReach {
        var maximum: Int? = 0
        var parts: [String] = []
        var evidence: [Evidence] = []
        func take(_ value: Int?, _ text: String, _ meta: KubeObjectMeta) {
            parts.append(text)
            evidence.append(.object(meta.reference, in: meta.file, detail: text))
            if let value, let current = maximum { maximum = max(current, value) } else { maximum = nil }
        }
        for deployment in queue.deployments {
            switch deployment.replicas {
            case .known(let replicas): take(replicas ?? 1, "\(deployment.meta.reference) replicas \(replicas ?? 1)", deployment.meta)
            case .unknown: take(nil, "\(deployment.meta.reference) replicas unreadable", deployment.meta)
            }
        }
        for hpa in queue.autoscalers {
            let value = hpa.maxReplicas.present
            take(value, "\(hpa.meta.reference) maxReplicas \(value.map(String.init) ?? "unreadable")", hpa.meta)
        }
        for scaledObject in queue.scaledObjects {
            switch scaledObject.maxReplicaCount {
            // KEDA's default maxReplicaCount is 100.
            case .known(let count): take(count ?? 100, "\(scaledObject.meta.reference) maxReplicaCount \(count.map(String.init) ?? "100 (KEDA default)")", scaledObject.meta)
            case .unknown: take(nil, "\(scaledObject.meta.reference) maxReplicaCount unreadable", scaledObject.meta)
            }
        }
        return QueueReach(maxReplicas: maximum, description: parts.joined(separator: ", "), evidence: evidence)
    }

    private func valuesReach(_ queue: ServiceModel) -> QueueReach {
        let replicas = queue.replicas
        let fixed = replicas.value.map { Int($0) } ?? 1
        var maximum: Int? = fixed
        var parts = ["\(replicas.path) \(fixed)\(replicas.value == nil ? " (default)" : "")"]
        var evidence = [replicas.evidence(replicas.value.map { NumberText.render($0) } ?? "not set: 1")]
        let autoscaling = queue.autoscaling
        func take(_ enabled: Setting<Bool>, _ max: Setting<Double?>) {
            guard enabled.value else { return }
            evidence += [enabled.evidence(), max.evidence(max.value.map { NumberText.render($0) } ?? "not set")]
            if let value = max.value {
                parts.append("\(max.path) \(NumberText.render(value))")
                if let current = maximum { maximum = Swift.max(current, Int(value)) }
            } else {
                parts.append("\(enabled.path) with no maximum set")
                maximum = nil
            }
        }
        take(autoscaling.hpaEnabled, autoscaling.hpaMaxReplicas)
        if let keda = autoscaling.kedaEnabled, let kedaMax = autoscaling.kedaMaxReplicas { take(keda, kedaMax) }
        return QueueReach(maxReplicas: maximum, description: parts.joined(separator: ", "), evidence: evidence)
    }

    /// Another rule's judgement with the engine's generic semantics (profile,
    /// platform, missing evidence), for rules that depend on it.
    func judgement(of rule: any Rule) -> Judgement {
        AuditEngine(rules: []).applicableJudgement(of: rule, on: self)
    }
}
