/// Every rule, in catalog order. Hand-written on purpose: the order is the
/// report's order, and a test checks that every rule type is listed once.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        // 1. Redis
        RedisExternal(),
        RedisRunsExpiry(),
        RedisMemorySizing(),
        RedisDedicated(),
        RedisMonitoring(),

        // 2. PostgreSQL
        PostgresExternal(),
        PostgresStorage(),
        PostgresBackups(),
        PostgresConnections(),
        PostgresMonitoring(),
        PostgresOperations(),

        // 3. ClickHouse
        ClickHouseReplicated(),
        ClickHouseReplicaGuardrail(),
        ClickHouseResources(),
        ClickHousePersistence(),
        ClickHouseSSDStorage(),
        ClickHouseStoragePerformance(),
        ClickHouseVolumeExpansion(),
        ClickHouseEBSCSIDriver(),
        ClickHouseDefaultStorageClass(),
        ClickHousePVCBound(),
        ClickHousePodsReady(),
        ClickHouseMigrations(),
        ClickHouseAccessControl(),
        ClickHouseMonitoring(),

        // 4. Blob storage
        BlobEnabled(),
        BlobConfigured(),
        BlobCredentials(),
        BlobLifecycleTTL(),
        BlobConnectivity(),

        // 5. Autoscaling
        AutoscalingHPA(),
        AutoscalingResourceRequests(),
        AutoscalingHPAMetrics(),
        AutoscalingKedaExclusive(),
        AutoscalingLoadTested(),
        AutoscalingKedaOperations(),

        // 6. Scaling mental model
        ScalingWritePathCapacity(),
        ScalingMentalModel(),

        // 7. Networking & proxies
        NetworkMaxBodySize(),
        NetworkProxyTimeouts(),
        NetworkIngressController(),
        NetworkBlobEndpointAccess(),
        NetworkServiceLatency(),

        // 8. Operational safeguards
        OpsMonitoring(),
        OpsAlerting(),
        OpsTenantLimits(),

        // 9. Optional performance levers
        LeversAsyncInsertWait(),
        LeversTimeouts(),

        // 10. Diagnostics & support readiness
        DiagnosticsLogCollection(),
        DiagnosticsClickHouseSystemTables(),
        DiagnosticsHarCapture(),
        DiagnosticsBackupRestore(),

        // 11. Known failure modes
        FailureModesTriage(),
        HealthCrashLoop(),
        HealthOOMKilled(),
        HealthUnschedulable(),

        // 12. Security baseline
        SecurityPlaintextSecrets(),
        SecurityDefaultCredentials(),
        SecurityTLS(),
        SecurityWAF(),
        SecurityAuth(),
        SecurityCORS(),
        SecurityPrivateExposure(),

        // 13. Capacity & platform
        CapacityClusterMinimum(),
        CapacityClickHouseNodes(),
        CapacityMetricsServer(),

        // 14. Values hygiene
        ValuesTypes(),
        ValuesUnknownKeys(),
        ValuesLegacyKeys(),
    ]

    public static func rule(id: String) -> (any Rule)? {
        all.first { $0.metadata.id == id }
    }
}
