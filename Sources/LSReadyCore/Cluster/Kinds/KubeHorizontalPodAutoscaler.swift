/// A HorizontalPodAutoscaler, read from `autoscaling/v2` (and `v2beta2`) or
/// `autoscaling/v1`. A v1 object carries its conditions and current metrics
/// as JSON in `autoscaling.alpha.kubernetes.io/*` annotations; those are read
/// too, so a v1 dump is judged like a v2 one.
public struct KubeHorizontalPodAutoscaler: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var targetKind: Fact<String?>
    public var targetName: Fact<String?>
    public var minReplicas: Fact<Int?>
    public var maxReplicas: Fact<Int?>
    public var metrics: Fact<[KubeHPAMetric]>
    public var conditions: Fact<[KubeCondition]>
    /// `status.currentMetrics` has at least one entry (v1: a current CPU utilization).
    public var reportsCurrentMetrics: Fact<Bool>

    public init(meta: KubeObjectMeta, targetKind: Fact<String?> = .known(nil), targetName: Fact<String?> = .known(nil),
                minReplicas: Fact<Int?> = .known(nil), maxReplicas: Fact<Int?> = .known(nil),
                metrics: Fact<[KubeHPAMetric]> = .known([]), conditions: Fact<[KubeCondition]> = .known([]),
                reportsCurrentMetrics: Fact<Bool> = .known(false)) {
        self.meta = meta
        self.targetKind = targetKind
        self.targetName = targetName
        self.minReplicas = minReplicas
        self.maxReplicas = maxReplicas
        self.metrics = metrics
        self.conditions = conditions
        self.reportsCurrentMetrics = reportsCurrentMetrics
    }

    /// The `ScalingActive` condition, with its reason (`FailedGetResourceMetric`) and message.
    public var scalingActive: Fact<KubeCondition?> { conditions.condition("ScalingActive") }

    /// The ScaledObject that manages this HPA: its controller owner of kind
    /// `ScaledObject`, else (for dumps without owners) the `keda-hpa-<name>` naming KEDA uses.
    public var scaledObjectName: String? {
        if let owner = meta.ownerReferences.value?.first(where: { $0.kind == "ScaledObject" }) { return owner.name }
        let prefix = "keda-hpa-"
        return meta.name.hasPrefix(prefix) && meta.name.count > prefix.count ? String(meta.name.dropFirst(prefix.count)) : nil
    }

    static let v1ConditionsAnnotation = "autoscaling.alpha.kubernetes.io/conditions"
    static let v1CurrentMetricsAnnotation = "autoscaling.alpha.kubernetes.io/current-metrics"

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeHorizontalPodAutoscaler {
        let spec = reader.field(object, "spec")
        var hpa = KubeHorizontalPodAutoscaler(
            meta: meta,
            targetKind: reader.string(reader.field(spec, "scaleTargetRef.kind")),
            targetName: reader.string(reader.field(spec, "scaleTargetRef.name")),
            minReplicas: reader.count(reader.field(spec, "minReplicas")),
            maxReplicas: reader.count(reader.field(spec, "maxReplicas")))
        if hpa.meta.apiVersion == "autoscaling/v1" {
            readV1(&reader, object, into: &hpa)
        } else {
            hpa.metrics = reader.each(reader.field(spec, "metrics")) { reader, element in reader.hpaMetric(element) }
            hpa.conditions = reader.conditions(reader.field(object, "status.conditions"))
            hpa.reportsCurrentMetrics = reader.list(reader.field(object, "status.currentMetrics")).map { !$0.isEmpty }
        }
        return hpa
    }

    private static func readV1(_ reader: inout ObjectReader, _ object: Field, into hpa: inout KubeHorizontalPodAutoscaler) {
        // v1 scales on CPU utilization only (80% when no target is written).
        hpa.metrics = reader.count(reader.field(object, "spec.targetCPUUtilizationPercentage")).map { _ in
            [KubeHPAMetric(type: "Resource", resourceName: "cpu", targetType: "Utilization")]
        }
        let current = reader.count(reader.field(object, "status.currentCPUUtilizationPercentage"))
        let currentAnnotation = hpa.meta.annotation(v1CurrentMetricsAnnotation)
        switch (current, currentAnnotation) {
        case (.known(let percent), .known(let annotation)):
            hpa.reportsCurrentMetrics = .known(percent != nil || (annotation.map { $0 != "[]" && !$0.isEmpty } ?? false))
        default:
            hpa.reportsCurrentMetrics = .unknown
        }
        switch hpa.meta.annotation(v1ConditionsAnnotation) {
        case .unknown:
            hpa.conditions = .unknown
        case .known(nil):
            hpa.conditions = .known([])
        case .known(let json?):
            // The annotation is JSON text; read it with the project's JSON reader and the same rules.
            guard let node = try? JSONReader.parse(Array(json.utf8), file: reader.file) else {
                reader.report(ObjectReader.path("metadata.annotations", key: v1ConditionsAnnotation), "is not valid JSON", at: nil)
                hpa.conditions = .unknown
                return
            }
            hpa.conditions = reader.reading(node, path: ObjectReader.path("metadata.annotations", key: v1ConditionsAnnotation)) { reader, field in
                reader.conditions(field)
            }
        }
    }
}

/// One `spec.metrics` entry: `Resource` cpu/memory with a `Utilization` or
/// `AverageValue` target, or another type (`Pods`, `Object`, `External`).
public struct KubeHPAMetric: Sendable, Equatable {
    public var type: String
    /// `cpu` or `memory` for `Resource` and `ContainerResource` metrics.
    public var resourceName: String?
    /// `Utilization`, `AverageValue` or `Value`.
    public var targetType: String?

    public init(type: String, resourceName: String? = nil, targetType: String? = nil) {
        self.type = type
        self.resourceName = resourceName
        self.targetType = targetType
    }
}

extension ObjectReader {
    mutating func hpaMetric(_ element: Field) -> Fact<KubeHPAMetric> {
        guard requireMap(element), let type = requiredString(field(element, "type")).value else { return .unknown }
        let sourceKey = type == "ContainerResource" ? "containerResource" : "resource"
        guard type == "Resource" || type == "ContainerResource" else { return .known(KubeHPAMetric(type: type)) }
        let source = field(element, sourceKey)
        guard let name = string(field(source, "name")).value else { return .unknown }
        var targetType = string(field(source, "target.type"))
        // v2beta1 wrote the target as `targetAverageUtilization` / `targetAverageValue`.
        if case .known(nil) = targetType {
            if has(source, "targetAverageUtilization") { targetType = .known("Utilization") }
            else if has(source, "targetAverageValue") { targetType = .known("AverageValue") }
        }
        guard let target = targetType.value else { return .unknown }
        return .known(KubeHPAMetric(type: type, resourceName: name, targetType: target))
    }
}
