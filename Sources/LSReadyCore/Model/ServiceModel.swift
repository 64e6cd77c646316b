/// How the values ask for a service to be autoscaled.
public struct AutoscalingSettings: Sendable, Equatable {
    /// Charts ≥ 0.13: `<svc>.autoscaling.hpa.enabled`. Older charts:
    /// `<svc>.autoscaling.enabled` (the chart creates the HPA unless `createHpa: false`).
    public var hpaEnabled: Setting<Bool>
    /// Charts < 0.13 only: `createHpa: false` means an HPA managed outside the chart.
    public var createHpa: Setting<Bool>?
    /// Charts ≥ 0.13 only: `<svc>.autoscaling.keda.enabled`.
    public var kedaEnabled: Setting<Bool>?
    public var hpaMaxReplicas: Setting<Double?>
    public var hpaTargetMemory: Setting<Double?>
    public var kedaMaxReplicas: Setting<Double?>?
    public var kedaTargetMemory: Setting<Double?>?

    /// HPA or KEDA enabled.
    public var isEnabled: Bool { hpaEnabled.value || (kedaEnabled?.value ?? false) }

    public var evidence: [Evidence] {
        [hpaEnabled.evidence()] + (kedaEnabled.map { [$0.evidence()] } ?? [])
    }
}

/// One LangSmith service: its values and what the cluster shows of it.
public struct ServiceModel: Sendable, Equatable {
    public var service: LangSmithService
    /// `<svc>.name`: the suffix its objects carry in the cluster.
    public var name: Setting<String>
    /// `<svc>.enabled` where the chart has it (ingestQueue), else true.
    public var enabled: Setting<Bool>
    public var replicas: Setting<Double?>
    public var autoscaling: AutoscalingSettings
    public var resources: ResourceSettings
    public var serviceAccountAnnotations: Setting<[String: String]>

    // Observed in the cluster.
    public var deployments: [KubeDeployment]
    public var pods: [KubePod]
    /// HPAs whose scaleTargetRef names one of the deployments.
    public var autoscalers: [KubeHorizontalPodAutoscaler]
    /// KEDA ScaledObjects targeting one of the deployments.
    public var scaledObjects: [KubeScaledObject]

    public var valueKey: String { service.valueKey }
    public var displayName: String { service.valueKey }
}
