/// Builds the deployment model from the merged user values and the cluster
/// inventory: decides the chart version and platform, applies the chart's
/// defaults (Helm's coalescing), and joins values with observed objects.
public enum DeploymentModelBuilder {
    /// - Parameters:
    ///   - userValues: the user's values merged in order (files, then `--set`), or nil when none were given.
    ///   - cluster: the inventory of the cluster dumps, or nil when none were given.
    public static func build(userValues: Node?, cluster: ClusterInventory?, options: AuditOptions) -> DeploymentModel {
        let inventory = cluster ?? ClusterInventory()
        // The workload index reads every pod (tens of thousands in a whole
        // cluster's dump) and nothing of the values: on the other core meanwhile.
        let workloads = Pending(inBackground: inventory.pods.count >= 2_000) { LangSmithWorkloadIndex(inventory) }
        let (chartVersion, versionSource) = ChartVersionDecision.decide(flag: options.chartVersion, userValues: userValues, inventory: inventory)
        let snapshot = ChartKnowledge.snapshot(for: chartVersion)
        let merged = ValuesMerger.coalesce(user: userValues ?? ValuesMerger.emptyValues, chartDefaults: snapshot.defaults)
        let (platform, platformSource) = decidePlatform(options: options, inventory: inventory)
        var reader = ValuesReader(merged: merged)
        let context = BuildContext(snapshot: snapshot, splitAutoscaling: chartVersion >= .autoscalingSplit, inventory: inventory,
                                   serviceNames: BuildContext.serviceNames(reader), workloads: workloads.wait())
        let redis = RedisModelBuilder.build(&reader, context)
        let postgres = PostgresModelBuilder.build(&reader, context)
        let clickhouse = ClickHouseModelBuilder.build(&reader, context)
        let services = ServiceModelBuilder.build(&reader, context)
        let blob = BlobStorageModelBuilder.build(&reader, services: services)
        let edge = EdgeModelBuilder.build(&reader, context)
        let security = SecurityModelBuilder.build(&reader, userValues: userValues, snapshot: snapshot)
        let levers = LeversModelBuilder.build(reader, services: services, context)
        let hygiene = HygieneModelBuilder.build(userValues: userValues, typedReads: reader.typedReads, snapshot: snapshot)

        return DeploymentModel(
            options: options,
            platform: platform,
            platformSource: platformSource,
            chartVersion: chartVersion.description,
            chartVersionSource: versionSource,
            hasValues: userValues != nil,
            hasCluster: cluster != nil,
            inventory: inventory,
            serviceNames: context.serviceNames,
            redis: redis,
            postgres: postgres,
            clickhouse: clickhouse,
            blob: blob,
            services: services,
            edge: edge,
            security: security,
            capacity: CapacityModel(nodes: inventory.nodes, storageClasses: inventory.storageClasses,
                                    csiDrivers: inventory.csiDrivers, deployments: inventory.deployments,
                                    daemonSets: inventory.daemonSets, apiServices: inventory.apiServices),
            health: health(services: services, clickhouse: clickhouse, redis: redis, postgres: postgres),
            levers: levers,
            hygiene: hygiene)
    }

    /// CATALOG §1 "Platform": the flag, else the nodes, else EKS (assumed).
    static func decidePlatform(options: AuditOptions, inventory: ClusterInventory) -> (Platform, PlatformSource) {
        switch options.platform {
        case .eks: return (.eks, .flag)
        case .gke: return (.gke, .flag)
        case .aks: return (.aks, .flag)
        case .generic: return (.generic, .flag)
        case .auto:
            guard let detected = inventory.detectedPlatform else { return (.eks, .assumed) }
            let platform = Platform(rawValue: detected.rawValue) ?? .generic
            return (platform, .detected(node: inventory.nodes.first?.meta.name ?? "?"))
        }
    }

    /// The failure-mode rules' pods, found once here rather than by each rule.
    static func health(services: [ServiceModel], clickhouse: ClickHouseModel, redis: RedisModel, postgres: PostgresModel) -> HealthModel {
        let langSmithPods = uniquePods(services.flatMap(\.pods))
        return HealthModel(langSmithPods: langSmithPods, clickHousePods: clickhouse.pods,
                           pods: uniquePods(langSmithPods + clickhouse.pods + redis.observedPods + postgres.observedPods))
    }

    static func uniquePods(_ pods: [KubePod]) -> [KubePod] {
        var seen = Set<String>()
        return pods.filter { seen.insert(($0.meta.namespace ?? "") + "/" + $0.meta.name).inserted }
    }
}

/// What every section builder needs besides the values.
struct BuildContext {
    var snapshot: ChartSnapshot
    var splitAutoscaling: Bool
    var inventory: ClusterInventory
    /// The service names the cluster matching must tell apart.
    var serviceNames: LangSmithServiceNames
    /// Finds each service's objects in `inventory` (by `serviceNames`).
    var workloads: LangSmithWorkloadIndex

    func workload(_ name: Setting<String>, defaultName: String) -> LangSmithWorkload {
        workloads.workload(name.value.isEmpty ? defaultName : name.value, names: serviceNames)
    }

    /// The chart's default service names plus any service or datastore the values rename.
    static func serviceNames(_ reader: ValuesReader) -> LangSmithServiceNames {
        var known = LangSmithServiceNames.defaults
        for service in LangSmithServices.services {
            let name = reader.string(service.valueKey + ".name").value
            if !name.isEmpty && !known.contains(name) { known.append(name) }
        }
        for store in LangSmithServices.datastores {
            let name = reader.string(store.valueKey + ".name").value
            if !name.isEmpty && !known.contains(name) { known.append(name) }
        }
        return LangSmithServiceNames(known: known)
    }
}

/// The chart generation a values file was written for, from its autoscaling keys.
enum AutoscalingShape {
    case split, legacy

    static func of(_ values: Node) -> AutoscalingShape? {
        var sawLegacy = false
        for entry in values.entries ?? [] {
            guard let autoscaling = entry.value["autoscaling"], let keys = autoscaling.entries?.map(\.key) else { continue }
            if keys.contains("hpa") || keys.contains("keda") { return .split }
            if keys.contains("enabled") { sawLegacy = true }
        }
        return sawLegacy ? .legacy : nil
    }
}
