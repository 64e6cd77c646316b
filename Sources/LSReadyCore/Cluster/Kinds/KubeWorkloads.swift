/// A Deployment.
public struct KubeDeployment: Sendable, Equatable {
    public var meta: KubeObjectMeta
    /// `spec.replicas`; nil when absent (Kubernetes then runs 1).
    public var replicas: Fact<Int?>
    public var readyReplicas: Fact<Int?>
    public var template: KubePodTemplate

    public init(meta: KubeObjectMeta, replicas: Fact<Int?> = .known(nil), readyReplicas: Fact<Int?> = .known(nil),
                template: KubePodTemplate = KubePodTemplate()) {
        self.meta = meta
        self.replicas = replicas
        self.readyReplicas = readyReplicas
        self.template = template
    }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: KubeObjectMeta) -> KubeDeployment {
        let spec = reader.field(object, "spec")
        return KubeDeployment(meta: meta,
                              replicas: reader.count(reader.field(spec, "replicas")),
                              readyReplicas: reader.count(reader.field(object, "status.readyReplicas")),
                              template: reader.podTemplate(spec))
    }
}

/// A StatefulSet: ClickHouse, and the in-chart Postgres and Redis.
public struct KubeStatefulSet: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var replicas: Fact<Int?>
    public var readyReplicas: Fact<Int?>
    public var template: KubePodTemplate
    public var volumeClaimTemplates: Fact<[KubeVolumeClaimTemplate]>

    public init(meta: KubeObjectMeta, replicas: Fact<Int?> = .known(nil), readyReplicas: Fact<Int?> = .known(nil),
                template: KubePodTemplate = KubePodTemplate(), volumeClaimTemplates: Fact<[KubeVolumeClaimTemplate]> = .known([])) {
        self.meta = meta
        self.replicas = replicas
        self.readyReplicas = readyReplicas
        self.template = template
        self.volumeClaimTemplates = volumeClaimTemplates
    }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: KubeObjectMeta) -> KubeStatefulSet {
        let spec = reader.field(object, "spec")
        let claimTemplates = reader.each(reader.field(spec, "volumeClaimTemplates")) { reader, element -> Fact<KubeVolumeClaimTemplate> in
            guard reader.requireMap(element),
                  let name = reader.requiredString(reader.field(element, "metadata.name")).value else { return .unknown }
            return .known(KubeVolumeClaimTemplate(
                name: name,
                storageClassName: reader.string(reader.field(element, "spec.storageClassName")),
                requestedBytes: reader.bytes(reader.field(element, "spec.resources.requests.storage"))))
        }
        return KubeStatefulSet(meta: meta,
                               replicas: reader.count(reader.field(spec, "replicas")),
                               readyReplicas: reader.count(reader.field(object, "status.readyReplicas")),
                               template: reader.podTemplate(spec),
                               volumeClaimTemplates: claimTemplates)
    }
}

/// A StatefulSet's `volumeClaimTemplates` entry; its PVCs are named `<name>-<statefulset>-<ordinal>`.
public struct KubeVolumeClaimTemplate: Sendable, Equatable {
    public var name: String
    public var storageClassName: Fact<String?>
    public var requestedBytes: Fact<Int64?>

    public init(name: String, storageClassName: Fact<String?> = .known(nil), requestedBytes: Fact<Int64?> = .known(nil)) {
        self.name = name
        self.storageClassName = storageClassName
        self.requestedBytes = requestedBytes
    }
}

/// A DaemonSet (`ebs-csi-node` in kube-system).
public struct KubeDaemonSet: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var desiredNumberScheduled: Fact<Int?>
    public var numberReady: Fact<Int?>
    public var template: KubePodTemplate

    public init(meta: KubeObjectMeta, desiredNumberScheduled: Fact<Int?> = .known(nil), numberReady: Fact<Int?> = .known(nil),
                template: KubePodTemplate = KubePodTemplate()) {
        self.meta = meta
        self.desiredNumberScheduled = desiredNumberScheduled
        self.numberReady = numberReady
        self.template = template
    }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: KubeObjectMeta) -> KubeDaemonSet {
        KubeDaemonSet(meta: meta,
                      desiredNumberScheduled: reader.count(reader.field(object, "status.desiredNumberScheduled")),
                      numberReady: reader.count(reader.field(object, "status.numberReady")),
                      template: reader.podTemplate(reader.field(object, "spec")))
    }
}

/// A Job (the ClickHouse and Postgres migrations).
public struct KubeJob: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var conditions: Fact<[KubeCondition]>
    public var succeeded: Fact<Int?>
    public var failed: Fact<Int?>

    public init(meta: KubeObjectMeta, conditions: Fact<[KubeCondition]> = .known([]),
                succeeded: Fact<Int?> = .known(nil), failed: Fact<Int?> = .known(nil)) {
        self.meta = meta
        self.conditions = conditions
        self.succeeded = succeeded
        self.failed = failed
    }

    /// Condition `Complete` True (or, when a dump lacks conditions, a success count).
    public var isComplete: Fact<Bool> {
        guard case .known(let complete) = conditions.isTrue("Complete") else { return .unknown }
        if let complete { return .known(complete) }
        return succeeded.map { ($0 ?? 0) > 0 }
    }

    /// Condition `Failed` True: the Job gave up.
    public var hasFailed: Fact<Bool> { conditions.isTrue("Failed").map { $0 ?? false } }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: KubeObjectMeta) -> KubeJob {
        KubeJob(meta: meta,
                conditions: reader.conditions(reader.field(object, "status.conditions")),
                succeeded: reader.count(reader.field(object, "status.succeeded")),
                failed: reader.count(reader.field(object, "status.failed")))
    }
}
