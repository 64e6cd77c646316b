enum DatastoreCredentialsBuilder {
    /// `<store>.external.*` credentials. `defaultPassword` is the chart's
    /// default (`postgres`, `password`), or nil when the chart has none.
    static func build(_ reader: ValuesReader, store: String, snapshot: ChartSnapshot) -> DatastoreCredentials {
        let password = reader.secret(store + ".external.password")
        let chartDefault = snapshot.defaults.at(store + ".external.password")?.string ?? ""
        return DatastoreCredentials(
            password: password,
            passwordIsChartDefault: password.value && !password.isUserSet && !chartDefault.isEmpty,
            connectionURL: reader.secret(store + ".external.connectionUrl"),
            existingSecretName: reader.string(store + ".external.existingSecretName"))
    }
}

enum RedisModelBuilder {
    static func build(_ reader: inout ValuesReader, _ context: BuildContext) -> RedisModel {
        let name = reader.string("redis.name")
        let workload = context.workload(name, defaultName: "redis")
        return RedisModel(
            external: reader.bool("redis.external.enabled"),
            name: name,
            runsExpirySeconds: reader.number("config.settings.redisRunsExpirySeconds"),
            runsExpiryText: reader.string("config.settings.redisRunsExpirySeconds"),
            inChartResources: ResourceSettings(reader, path: "redis.statefulSet.resources"),
            credentials: DatastoreCredentialsBuilder.build(reader, store: "redis", snapshot: context.snapshot),
            observedStatefulSet: workload.statefulSets.first,
            observedPods: workload.pods)
    }
}

enum PostgresModelBuilder {
    static func build(_ reader: inout ValuesReader, _ context: BuildContext) -> PostgresModel {
        let name = reader.string("postgres.name")
        let workload = context.workload(name, defaultName: "postgres")
        return PostgresModel(
            external: reader.bool("postgres.external.enabled"),
            name: name,
            credentials: DatastoreCredentialsBuilder.build(reader, store: "postgres", snapshot: context.snapshot),
            observedStatefulSet: workload.statefulSets.first,
            observedPods: workload.pods)
    }
}

enum ClickHouseModelBuilder {
    static func build(_ reader: inout ValuesReader, _ context: BuildContext) -> ClickHouseModel {
        let externalEnabled = reader.bool("clickhouse.external.enabled")
        let hybrid = reader.bool("clickhouse.external.hybrid")
        let topology: ClickHouseTopology = !externalEnabled.value ? .inChart : (hybrid.value ? .managed : .external)
        let name = reader.string("clickhouse.name")
        let objects = context.inventory.clickHouseObjects(chart: context.workload(name, defaultName: "clickhouse"))
        return ClickHouseModel(
            topology: topology,
            externalEnabled: externalEnabled,
            hybrid: hybrid,
            clusterName: reader.string("clickhouse.external.cluster"),
            name: name,
            resources: ResourceSettings(reader, path: "clickhouse.statefulSet.resources"),
            persistenceEnabled: reader.bool("clickhouse.statefulSet.persistence.enabled"),
            persistenceSize: reader.string("clickhouse.statefulSet.persistence.size"),
            storageClassName: reader.string("clickhouse.statefulSet.persistence.storageClassName"),
            credentials: DatastoreCredentialsBuilder.build(reader, store: "clickhouse", snapshot: context.snapshot),
            statefulSets: objects.statefulSets,
            installations: objects.installations,
            pods: objects.pods,
            claims: objects.persistentVolumeClaims,
            migrationJobs: context.inventory.clickHouseMigrationJobs(serviceName: name.value.isEmpty ? "clickhouse" : name.value))
    }

}
