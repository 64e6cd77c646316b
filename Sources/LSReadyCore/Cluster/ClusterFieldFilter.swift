/// What the inventory reads of each modeled kind (`Kinds/*`, `ObjectReader`
/// calls), as a `NodeFilter`: the fast readers build nodes for these fields
/// only, and skip the rest (managedFields, specs of kinds not modeled, env
/// value sources...). Reading a new field in a `Kinds/` file means adding it
/// here: `ClusterFastPathTests` builds the inventory both ways on every
/// fixture and fails when they differ.
enum ClusterFieldFilter {
    /// A scalar read as a fact (only its value, or its type when it is wrong, matters).
    private static let leaf = NodeFilter.shape

    static let conditions = NodeFilter.each(.fields([("type", leaf), ("status", leaf), ("reason", leaf), ("message", leaf)]))

    /// An object's metadata; annotations only for the kinds judged by them (`KubeKind.readsAnnotations`).
    static func metadata(of kind: KubeKind) -> NodeFilter {
        NodeFilter.fields([
            ("name", leaf), ("namespace", leaf), ("labels", .all),
            ("ownerReferences", .each(.fields([("kind", leaf), ("name", leaf), ("controller", leaf)]))),
        ] + (kind.readsAnnotations ? [("annotations", .all)] : []))
    }

    static let resourceAmounts = NodeFilter.fields([("cpu", leaf), ("memory", leaf)])

    static let containers = NodeFilter.each(.fields([
        ("name", leaf),
        // Only the variables a rule judges are read: a list naming none is passed over.
        ("env", .each(.fields([
            ("name", leaf), ("value", leaf),
            ("valueFrom", .fields([("secretKeyRef", .shape), ("configMapKeyRef", .shape)])),
        ]), holdingOneOf: KubeEnvVar.judgedNames)),
        ("resources.requests", resourceAmounts), ("resources.limits", resourceAmounts),
    ]))

    static let volumes = NodeFilter.each(.fields([("persistentVolumeClaim", .fields([("claimName", leaf)]))]))

    static let podTemplate = NodeFilter.fields([
        ("metadata.labels", .all), ("spec.containers", containers), ("spec.volumes", volumes),
    ])

    static let containerStatuses = NodeFilter.each(.fields([
        ("name", leaf), ("ready", leaf), ("restartCount", leaf),
        ("state.waiting.reason", leaf), ("state.terminated.reason", leaf), ("lastState.terminated.reason", leaf),
    ]))

    static let metricSource = NodeFilter.fields([
        ("name", leaf), ("target.type", leaf), ("targetAverageUtilization", .shape), ("targetAverageValue", .shape),
    ])

    /// The fields of one modeled kind (plus `apiVersion`, `kind`, `metadata`).
    static func fields(of kind: KubeKind) -> [(String, NodeFilter)] {
        switch kind {
        case .node:
            return [("spec.providerID", leaf), ("status.allocatable", resourceAmounts), ("status.conditions", conditions)]
        case .storageClass:
            return [("provisioner", leaf), ("parameters", .all), ("allowVolumeExpansion", leaf)]
        case .csiDriver:
            return []
        case .persistentVolumeClaim:
            return [("spec.storageClassName", leaf), ("spec.resources.requests.storage", leaf), ("spec.volumeName", leaf),
                    ("status.capacity.storage", leaf), ("status.phase", leaf)]
        case .pod:
            return [("status.phase", leaf), ("status.conditions", conditions), ("status.containerStatuses", containerStatuses),
                    ("status.initContainerStatuses", containerStatuses),
                    ("spec.nodeName", leaf), ("spec.containers", containers), ("spec.volumes", volumes)]
        case .deployment, .daemonSet, .statefulSet:
            return [("spec.replicas", leaf), ("spec.template", podTemplate),
                    ("spec.volumeClaimTemplates", .each(.fields([
                        ("metadata.name", leaf), ("spec.storageClassName", leaf), ("spec.resources.requests.storage", leaf),
                    ]))),
                    ("status.readyReplicas", leaf), ("status.desiredNumberScheduled", leaf), ("status.numberReady", leaf)]
        case .job:
            return [("status.conditions", conditions), ("status.succeeded", leaf), ("status.failed", leaf)]
        case .horizontalPodAutoscaler:
            return [("spec.scaleTargetRef.kind", leaf), ("spec.scaleTargetRef.name", leaf), ("spec.minReplicas", leaf),
                    ("spec.maxReplicas", leaf), ("spec.targetCPUUtilizationPercentage", leaf),
                    ("spec.metrics", .each(.fields([("type", leaf), ("resource", metricSource), ("containerResource", metricSource)]))),
                    ("status.conditions", conditions), ("status.currentMetrics", .each(.shape)),
                    ("status.currentCPUUtilizationPercentage", leaf)]
        case .ingress:
            return [("spec.ingressClassName", leaf), ("spec.tls", .each(.fields([("hosts", .each(leaf)), ("secretName", leaf)]))),
                    ("spec.rules", .each(.fields([("host", leaf)])))]
        case .service:
            return [("spec.type", leaf)]
        case .apiService:
            return [("status.conditions", conditions)]
        case .scaledObject:
            return [("spec.scaleTargetRef.kind", leaf), ("spec.scaleTargetRef.name", leaf), ("spec.minReplicaCount", leaf),
                    ("spec.maxReplicaCount", leaf), ("spec.triggers", .each(.fields([("type", leaf)])))]
        case .clickHouseInstallation:
            return [("spec.configuration.clusters", .each(.fields([
                ("name", leaf), ("layout.replicasCount", leaf), ("layout.shardsCount", leaf),
            ])))]
        }
    }

    private static let identity: [(String, NodeFilter)] = [("apiVersion", leaf), ("kind", leaf)]

    /// Per modeled kind, built once.
    private static let byModeledKind: [KubeKind: NodeFilter] = Dictionary(uniqueKeysWithValues: KubeKind.allCases.map { kind in
        (kind, NodeFilter.fields(identity + [("metadata", metadata(of: kind))] + fields(of: kind)))
    })

    /// A kind the inventory does not model: only what `skippedKinds` counts.
    private static let unmodeled = NodeFilter.fields(identity)

    /// A list (`List`, `PodList`): its items, each chosen by kind.
    private static let list = NodeFilter.fields(identity + [("items", .each(object))])

    /// Any document or list item of a cluster dump.
    static let object: NodeFilter = .byKind(candidates: { [list, unmodeled] + KubeKind.allCases.map { byModeledKind[$0]! } }) { kind, apiVersion in
        if KubeKind.isList(kind) { return list }
        guard let modeled = KubeKind(kind: kind, apiVersion: apiVersion) else { return unmodeled }
        return byModeledKind[modeled]!
    }

    /// `object` compiled for the tape writer.
    static let program = FilterProgram(object)
}
