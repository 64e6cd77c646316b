/// One Deployment or StatefulSet and everything kubectl shows of it.
struct Workload {
    enum Kind: String { case deployment = "Deployment", statefulSet = "StatefulSet" }

    struct Container {
        var name: String
        var image: String
        var env: [(String, GenValue)]
        var requests: [(String, GenValue)]
        var limits: [(String, GenValue)]
        var port: Int
    }

    var kind: Kind
    var namespace: String
    var name: String
    var replicas: Int
    var labels: [(String, GenValue)]
    var containers: [Container]
    /// StatefulSet claim template: name and size (one PVC per replica).
    var claimTemplate: (name: String, size: String, storageClass: String)?
    var templateHash: String
    var seed: UInt64
    /// Pods that are not Ready (crash-looping), by ordinal.
    var brokenOrdinals: Set<Int> = []

    static let timestamp = ClusterDumpGenerator.timestamp

    func meta(_ name: String, labels: [(String, GenValue)], annotations: [(String, GenValue)] = [],
              owner: (kind: String, name: String)? = nil, managed: GenValue? = nil, random: inout SplitMix64,
              generateName: String? = nil) -> GenValue {
        var entries: [(String, GenValue)] = []
        if !annotations.isEmpty { entries.append(("annotations", .map(annotations))) }
        entries.append(("creationTimestamp", .string(Self.timestamp)))
        if let generateName { entries.append(("generateName", .string(generateName))) }
        entries.append(("labels", .map(labels)))
        if let managed { entries.append(("managedFields", managed)) }
        entries.append(("name", .string(name)))
        entries.append(("namespace", .string(namespace)))
        if let owner {
            entries.append(("ownerReferences", .list([.map([
                ("apiVersion", "apps/v1"), ("blockOwnerDeletion", true), ("controller", true),
                ("kind", .string(owner.kind)), ("name", .string(owner.name)), ("uid", .string(random.uid())),
            ])])))
        }
        entries.append(("resourceVersion", .string(String(random.int(100_000...99_999_999)))))
        entries.append(("uid", .string(random.uid())))
        return .map(entries)
    }

    /// What `managedFields` records for the fields below `value`, as `f:` keys (the bulk of a real dump).
    static func fieldsV1(_ value: GenValue, depth: Int = 0) -> GenValue {
        guard depth < 3 else { return .map([]) }
        switch value {
        case .map(let entries):
            return .map([(".", .map([]))] + entries.map { ("f:\($0.0)", fieldsV1($0.1, depth: depth + 1)) })
        case .list(let items):
            return .map(items.enumerated().map { index, item in
                if case .map(let entries) = item, let name = entries.first(where: { $0.0 == "name" })?.1, case .string(let text) = name {
                    return ("k:{\"name\":\"\(text)\"}", fieldsV1(item, depth: depth + 1))
                }
                return ("v:\(index)", .map([]))
            })
        default:
            return .map([])
        }
    }

    static func managedFields(manager: String, operation: String, fields: [(String, GenValue)], subresource: String? = nil) -> GenValue {
        var entries: [(String, GenValue)] = [
            ("apiVersion", "v1"), ("fieldsType", "FieldsV1"),
            ("fieldsV1", fieldsV1(.map(fields))), ("manager", .string(manager)), ("operation", .string(operation)),
        ]
        if let subresource { entries.append(("subresource", .string(subresource))) }
        entries.append(("time", .string(timestamp)))
        return .map(entries)
    }

    var selector: GenValue { .map([("matchLabels", .map(Array(labels.prefix(2))))]) }

    func containerSpecs(random: inout SplitMix64) -> [GenValue] {
        containers.map { container in
            var resources: [(String, GenValue)] = []
            if !container.limits.isEmpty { resources.append(("limits", .map(container.limits))) }
            if !container.requests.isEmpty { resources.append(("requests", .map(container.requests))) }
            let probe: GenValue = .map([("failureThreshold", 3), ("httpGet", .map([("path", "/ok"), ("port", .int(container.port)), ("scheme", "HTTP")])),
                                        ("periodSeconds", 10), ("successThreshold", 1), ("timeoutSeconds", 1)])
            return .map([
                ("env", .list(container.env.map { name, value in
                    if case .map = value { return .map([("name", .string(name)), ("valueFrom", value)]) }
                    return .map([("name", .string(name)), ("value", value)])
                })),
                ("image", .string(container.image)), ("imagePullPolicy", "IfNotPresent"),
                ("name", .string(container.name)),
                ("ports", .list([.map([("containerPort", .int(container.port)), ("name", "http"), ("protocol", "TCP")])])),
                ("readinessProbe", probe), ("resources", .map(resources)),
                ("terminationMessagePath", "/dev/termination-log"), ("terminationMessagePolicy", "File"),
                ("volumeMounts", .list([.map([("mountPath", "/etc/config"), ("name", "config")])])),
            ])
        }
    }

    func podSpecEntries(random: inout SplitMix64, nodeName: String?, claim: String?) -> [(String, GenValue)] {
        var volumes: [GenValue] = [
            .map([("configMap", .map([("defaultMode", 420), ("name", .string("\(name)-config"))])), ("name", "config")]),
            .map([("name", .string("kube-api-access-\(random.suffix(5))")), ("projected", .map([("defaultMode", 420), ("sources", .list([
                .map([("serviceAccountToken", .map([("expirationSeconds", 3607), ("path", "token")]))]),
            ]))]))]),
        ]
        if let claim { volumes.insert(.map([("name", "data"), ("persistentVolumeClaim", .map([("claimName", .string(claim))]))]), at: 0) }
        var entries: [(String, GenValue)] = [
            ("containers", .list(containerSpecs(random: &random))), ("dnsPolicy", "ClusterFirst"), ("enableServiceLinks", true),
        ]
        if let nodeName { entries.append(("nodeName", .string(nodeName))) }
        entries += [
            ("priority", 0), ("restartPolicy", "Always"),
            ("schedulerName", "default-scheduler"), ("securityContext", .map([("fsGroup", 1000)])),
            ("serviceAccountName", .string(name)), ("terminationGracePeriodSeconds", 30),
            ("tolerations", .list([
                .map([("effect", "NoExecute"), ("key", "node.kubernetes.io/not-ready"), ("operator", "Exists"), ("tolerationSeconds", 300)]),
            ])),
            ("volumes", .list(volumes)),
        ]
        return entries
    }

    var podTemplate: GenValue {
        var random = SplitMix64(seed: SplitMix64.derive(seed, 7))
        return .map([("metadata", .map([("creationTimestamp", .null), ("labels", .map(labels))])),
                     ("spec", .map(podSpecEntries(random: &random, nodeName: nil, claim: claimTemplate.map { "\($0.name)" })))])
    }

    // MARK: Objects

    func workloadObject() -> GenValue {
        var random = SplitMix64(seed: SplitMix64.derive(seed, 1))
        var spec: [(String, GenValue)] = [("replicas", .int(replicas)), ("revisionHistoryLimit", 10), ("selector", selector)]
        if kind == .statefulSet { spec.insert(("podManagementPolicy", "OrderedReady"), at: 0); spec.append(("serviceName", .string(name))) }
        spec.append(("template", podTemplate))
        if let claim = claimTemplate {
            spec.append(("volumeClaimTemplates", .list([.map([
                ("apiVersion", "v1"), ("kind", "PersistentVolumeClaim"),
                ("metadata", .map([("creationTimestamp", .null), ("name", .string(claim.name))])),
                ("spec", .map([("accessModes", .list(["ReadWriteOnce"])), ("resources", .map([("requests", .map([("storage", .string(claim.size))]))])),
                               ("storageClassName", .string(claim.storageClass)), ("volumeMode", "Filesystem")])),
            ])])))
        }
        let ready = replicas - brokenOrdinals.count
        let status: [(String, GenValue)] = [("availableReplicas", .int(ready)), ("observedGeneration", 3),
                                            ("readyReplicas", .int(ready)), ("replicas", .int(replicas)), ("updatedReplicas", .int(replicas))]
        let lastApplied = "{\"apiVersion\":\"apps/v1\",\"kind\":\"\(kind.rawValue)\",\"metadata\":{\"name\":\"\(name)\",\"namespace\":\"\(namespace)\"},\"spec\":{\"replicas\":\(replicas)}}"
        let managed = GenValue.list([
            Self.managedFields(manager: "kube-controller-manager", operation: "Update", fields: [("status", .map(status))], subresource: "status"),
        ])
        return .map([
            ("apiVersion", "apps/v1"), ("kind", .string(kind.rawValue)),
            ("metadata", meta(name, labels: labels, annotations: [("deployment.kubernetes.io/revision", "3"),
                                                                  ("kubectl.kubernetes.io/last-applied-configuration", .string(lastApplied))],
                              managed: managed, random: &random)),
            ("spec", .map(spec)), ("status", .map(status)),
        ])
    }

    var replicaSetName: String { "\(name)-\(templateHash)" }

    func replicaSet() -> GenValue {
        var random = SplitMix64(seed: SplitMix64.derive(seed, 2))
        let rsLabels = labels + [("pod-template-hash", .string(templateHash))]
        let spec: [(String, GenValue)] = [("replicas", .int(replicas)), ("selector", selector), ("template", podTemplate)]
        let status: [(String, GenValue)] = [("availableReplicas", .int(replicas)), ("fullyLabeledReplicas", .int(replicas)),
                                            ("observedGeneration", 1), ("readyReplicas", .int(replicas)), ("replicas", .int(replicas))]
        let managed = GenValue.list([Self.managedFields(manager: "kube-controller-manager", operation: "Update", fields: [("status", .map(status))])])
        return .map([
            ("apiVersion", "apps/v1"), ("kind", "ReplicaSet"),
            ("metadata", meta(replicaSetName, labels: rsLabels, annotations: [("deployment.kubernetes.io/desired-replicas", .string(String(replicas)))],
                              owner: ("Deployment", name), managed: managed, random: &random)),
            ("spec", .map(spec)), ("status", .map(status)),
        ])
    }

    func podName(_ ordinal: Int, random: inout SplitMix64) -> String {
        kind == .statefulSet ? "\(name)-\(ordinal)" : "\(replicaSetName)-\(random.suffix(5))"
    }

    func pods(nodeName: (Int) -> String) -> [GenValue] {
        (0..<replicas).map { ordinal in
            var random = SplitMix64(seed: SplitMix64.derive(seed, 3, UInt64(ordinal)))
            let podName = self.podName(ordinal, random: &random)
            let broken = brokenOrdinals.contains(ordinal)
            let node = nodeName(random.int(0...1_000_000))
            let claim = claimTemplate.map { "\($0.name)-\(name)-\(ordinal)" }
            let spec = podSpecEntries(random: &random, nodeName: node, claim: claim)
            var podLabels = labels
            if kind == .deployment { podLabels.append(("pod-template-hash", .string(templateHash))) }
            else { podLabels.append(("statefulset.kubernetes.io/pod-name", .string(podName))) }
            func condition(_ type: String, _ status: String, reason: String? = nil, message: String? = nil) -> GenValue {
                var entries: [(String, GenValue)] = [("lastProbeTime", .null), ("lastTransitionTime", .string(Self.timestamp))]
                if let message { entries.append(("message", .string(message))) }
                if let reason { entries.append(("reason", .string(reason))) }
                entries += [("status", .string(status)), ("type", .string(type))]
                return .map(entries)
            }
            let statuses: [GenValue] = containers.map { container in
                let crashing = broken && container.name == containers[0].name
                let state: GenValue = crashing
                    ? .map([("waiting", .map([("message", "back-off 5m0s restarting failed container"), ("reason", "CrashLoopBackOff")]))])
                    : .map([("running", .map([("startedAt", .string(Self.timestamp))]))])
                let lastState: GenValue = crashing
                    ? .map([("terminated", .map([("containerID", .string("containerd://\(random.hex(64))")), ("exitCode", 137),
                                                 ("finishedAt", .string(Self.timestamp)), ("reason", "OOMKilled"), ("startedAt", .string(Self.timestamp))]))])
                    : .map([])
                return .map([
                    ("containerID", .string("containerd://\(random.hex(64))")), ("image", .string(container.image)),
                    ("imageID", .string("\(container.image)@sha256:\(random.hex(64))")), ("lastState", lastState),
                    ("name", .string(container.name)), ("ready", .bool(!crashing)), ("restartCount", .int(crashing ? 41 : 0)),
                    ("started", .bool(!crashing)), ("state", state),
                ])
            }
            let ready = broken ? "False" : "True"
            let notReadyMessage = broken ? "containers with unready status: [\(containers[0].name)]" : nil
            let status: [(String, GenValue)] = [
                ("conditions", .list([
                    condition("PodReadyToStartContainers", "True"), condition("Initialized", "True"),
                    condition("Ready", ready, reason: broken ? "ContainersNotReady" : nil, message: notReadyMessage),
                    condition("ContainersReady", ready, reason: broken ? "ContainersNotReady" : nil, message: notReadyMessage),
                    condition("PodScheduled", "True"),
                ])),
                ("containerStatuses", .list(statuses)), ("hostIP", .string("10.0.\(random.int(0...255)).\(random.int(0...255))")),
                ("phase", "Running"), ("podIP", .string("10.1.\(random.int(0...255)).\(random.int(0...255))")),
                ("podIPs", .list([.map([("ip", .string("10.1.\(random.int(0...255)).\(random.int(0...255))"))])])),
                ("qosClass", "Burstable"), ("startTime", .string(Self.timestamp)),
            ]
            let managed = GenValue.list([
                Self.managedFields(manager: "kubelet", operation: "Update", fields: [("status", .map(status.filter { $0.0 != "containerStatuses" }))],
                                   subresource: "status"),
            ])
            let owner = kind == .statefulSet ? (kind: "StatefulSet", name: name) : (kind: "ReplicaSet", name: replicaSetName)
            return .map([
                ("apiVersion", "v1"), ("kind", "Pod"),
                ("metadata", meta(podName, labels: podLabels, annotations: [("kubectl.kubernetes.io/restartedAt", .string(Self.timestamp))],
                                  owner: owner, managed: managed, random: &random,
                                  generateName: kind == .deployment ? "\(replicaSetName)-" : "\(name)-")),
                ("spec", .map(spec)), ("status", .map(status)),
            ])
        }
    }

    func service() -> GenValue {
        var random = SplitMix64(seed: SplitMix64.derive(seed, 4))
        let port = containers.first?.port ?? 8080
        return .map([
            ("apiVersion", "v1"), ("kind", "Service"),
            ("metadata", meta(name, labels: labels, random: &random)),
            ("spec", .map([("clusterIP", .string("172.20.\(random.int(0...255)).\(random.int(0...255))")),
                           ("internalTrafficPolicy", "Cluster"), ("ipFamilies", .list(["IPv4"])), ("ipFamilyPolicy", "SingleStack"),
                           ("ports", .list([.map([("name", "http"), ("port", .int(port)), ("protocol", "TCP"), ("targetPort", .int(port))])])),
                           ("selector", .map(Array(labels.prefix(2)))), ("sessionAffinity", "None"), ("type", "ClusterIP")])),
            ("status", .map([("loadBalancer", .map([]))])),
        ])
    }

    func horizontalPodAutoscaler(min: Int, max: Int) -> GenValue {
        var random = SplitMix64(seed: SplitMix64.derive(seed, 5))
        let metric: GenValue = .map([("resource", .map([("name", "cpu"), ("target", .map([("averageUtilization", 50), ("type", "Utilization")]))])), ("type", "Resource")])
        func condition(_ type: String, _ status: String, _ reason: String, _ message: String) -> GenValue {
            .map([("lastTransitionTime", .string(Self.timestamp)), ("message", .string(message)), ("reason", .string(reason)),
                  ("status", .string(status)), ("type", .string(type))])
        }
        return .map([
            ("apiVersion", "autoscaling/v2"), ("kind", "HorizontalPodAutoscaler"),
            ("metadata", meta(name, labels: labels, random: &random)),
            ("spec", .map([("maxReplicas", .int(max)), ("metrics", .list([metric])), ("minReplicas", .int(min)),
                           ("scaleTargetRef", .map([("apiVersion", "apps/v1"), ("kind", .string(kind.rawValue)), ("name", .string(name))]))])),
            ("status", .map([
                ("conditions", .list([
                    condition("AbleToScale", "True", "ReadyForNewScale", "recommended size matches current size"),
                    condition("ScalingActive", "True", "ValidMetricFound", "the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)"),
                    condition("ScalingLimited", "False", "DesiredWithinRange", "the desired count is within the acceptable range"),
                ])),
                ("currentMetrics", .list([.map([("resource", .map([("current", .map([("averageUtilization", .int(random.int(5...90))), ("averageValue", "231m")])), ("name", "cpu")])), ("type", "Resource")])])),
                ("currentReplicas", .int(replicas)), ("desiredReplicas", .int(replicas)),
            ])),
        ])
    }

    func persistentVolumeClaims() -> [GenValue] {
        guard let claim = claimTemplate else { return [] }
        return (0..<replicas).map { ordinal in
            var random = SplitMix64(seed: SplitMix64.derive(seed, 6, UInt64(ordinal)))
            let volume = "pvc-\(random.uid())"
            return .map([
                ("apiVersion", "v1"), ("kind", "PersistentVolumeClaim"),
                ("metadata", meta("\(claim.name)-\(name)-\(ordinal)", labels: Array(labels.prefix(2)),
                                  annotations: [("pv.kubernetes.io/bind-completed", "yes"), ("pv.kubernetes.io/bound-by-controller", "yes"),
                                                ("volume.beta.kubernetes.io/storage-provisioner", "ebs.csi.aws.com"),
                                                ("volume.kubernetes.io/storage-provisioner", "ebs.csi.aws.com")],
                                  random: &random)),
                ("spec", .map([("accessModes", .list(["ReadWriteOnce"])), ("resources", .map([("requests", .map([("storage", .string(claim.size))]))])),
                               ("storageClassName", .string(claim.storageClass)), ("volumeMode", "Filesystem"), ("volumeName", .string(volume))])),
                ("status", .map([("accessModes", .list(["ReadWriteOnce"])), ("capacity", .map([("storage", .string(claim.size))])), ("phase", "Bound")])),
            ])
        }
    }
}
