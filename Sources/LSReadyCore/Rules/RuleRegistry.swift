/// Every rule, in catalog order. Hand-written on purpose: the order is the
/// report's order, and a test checks that every rule type is listed once.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        // 1. Redis
        RedisDedicated(),
        RedisMonitoring(),

        // 2. PostgreSQL
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
        BlobConnectivity(),

        // 5. Autoscaling
        AutoscalingLoadTested(),

        // 6. Scaling mental model
        ScalingWritePathCapacity(),
        ScalingMentalModel(),

        // 7. Networking & proxies
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

        // 12. Security baseline

        // 13. Capacity & platform
        CapacityClusterMinimum(),
        CapacityClickHouseNodes(),
        CapacityMetricsServer(),

        // 14. Values hygiene
    ]

    public static func rule(id: String) -> (any Rule)? {
        all.first { $0.metadata.id == id }
    }
}
