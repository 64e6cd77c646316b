/// A team's namespace: Deployments (some with HPAs), a StatefulSet with
/// PVCs now and then, a ConfigMap and a Secret per workload.
struct TeamNamespace {
    static let kindOrder = ["Pod", "Service", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet", "Job",
                            "HorizontalPodAutoscaler", "PersistentVolumeClaim", "ConfigMap", "Secret", "Ingress"]
    static let words = ["api", "worker", "billing", "search", "gateway", "auth", "catalog", "orders", "ledger", "events",
                        "notify", "render", "ingest", "scheduler", "cache", "reports", "media", "export", "import", "sync"]

    let generator: ClusterDumpGenerator
    let index: Int
    let name: String
    let workloads: [Workload]

    init(generator: ClusterDumpGenerator, index: Int) {
        self.generator = generator
        self.index = index
        name = "team-\(index)"
        var random = SplitMix64(seed: SplitMix64.derive(generator.seed, 2, UInt64(index)))
        var remaining = generator.podQuota(ofTeam: index)
        var workloads: [Workload] = []
        while remaining > 0 {
            let replicas = min(random.int(2...14), remaining)
            remaining -= replicas
            let app = "\(random.pick(Self.words))-\(random.pick(Self.words))-\(workloads.count)"
            let isStatefulSet = random.chance(10)
            let labels: [(String, GenValue)] = [
                ("app", .string(app)), ("app.kubernetes.io/name", .string(app)), ("app.kubernetes.io/part-of", .string(name)),
                ("team", .string(name)), ("version", .string("v\(random.int(1...9)).\(random.int(0...20)).\(random.int(0...9))")),
            ]
            var env: [(String, GenValue)] = [
                ("LOG_LEVEL", .string(random.pick(["info", "debug", "warn"]))), ("PORT", "8080"),
("NAMESPACE", .map([("fieldRef", .map([("apiVersion", "v1"), ("fieldPath", "metadata.namespace")]))])),
                ("DATABASE_PASSWORD", .map([("secretKeyRef", .map([("key", "password"), ("name", .string("\(app)-db"))]))])),
                ("FEATURE_FLAGS", .map([("configMapKeyRef", .map([("key", "flags"), ("name", .string("\(app)-config"))]))])),
            ]
            for variable in 0..<random.int(1...4) {
                env.append(("\(random.pick(Self.words).uppercased())_SETTING_\(variable)",
                            .string("https://\(random.pick(Self.words)).\(name).svc.cluster.local:\(random.int(1000...9999))/v\(variable)")))
            }
            var containers = [Workload.Container(
                name: app, image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/\(name)/\(app):\(random.hex(12))", env: env,
                requests: [("cpu", .string("\(random.int(1...20) * 50)m")), ("memory", .string("\(random.int(1...16) * 128)Mi"))],
                limits: random.chance(60) ? [("memory", .string("\(random.int(8...32) * 128)Mi"))] : [], port: 8080)]
            if random.chance(15) {
                containers.append(Workload.Container(
                    name: "envoy", image: "envoyproxy/envoy:v1.31.2", env: [("ENVOY_UID", "0"), ("ENVOY_LOG_LEVEL", "warn")],
                    requests: [("cpu", "50m"), ("memory", "64Mi")], limits: [], port: 9901))
            }
            var workload = Workload(
                kind: isStatefulSet ? .statefulSet : .deployment, namespace: name, name: app, replicas: replicas, labels: labels,
                containers: containers, claimTemplate: isStatefulSet ? ("data", "\(random.int(1...50) * 10)Gi", "gp3") : nil,
                templateHash: random.suffix(random.chance(50) ? 9 : 10), seed: random.next())
            if random.chance(3) { workload.brokenOrdinals = [0] }
            workloads.append(workload)
        }
        self.workloads = workloads
    }

    func items(of kind: String) -> [GenValue] {
        switch kind {
        case "Pod": return workloads.flatMap { $0.pods(nodeName: generator.nodeNameByIndex) }
        case "Service": return workloads.map { $0.service() }
        case "Deployment": return workloads.filter { $0.kind == .deployment }.map { $0.workloadObject() }
        case "ReplicaSet": return workloads.filter { $0.kind == .deployment }.map { $0.replicaSet() }
        case "StatefulSet": return workloads.filter { $0.kind == .statefulSet }.map { $0.workloadObject() }
        case "HorizontalPodAutoscaler":
            return workloads.enumerated().filter { $0.offset % 3 == 0 && $0.element.kind == .deployment }
                .map { $0.element.horizontalPodAutoscaler(min: $0.element.replicas, max: $0.element.replicas * 3) }
        case "PersistentVolumeClaim": return workloads.flatMap { $0.persistentVolumeClaims() }
        case "ConfigMap": return workloads.map { configMap($0) }
        case "Secret": return workloads.map { secret($0) }
        default: return []
        }
    }

    func configMap(_ workload: Workload) -> GenValue {
        var random = SplitMix64(seed: SplitMix64.derive(workload.seed, 8))
        let data = (0..<3).map { ("setting-\($0).yaml", GenValue.string("key: \(random.hex(24))\nenabled: true\nendpoint: https://\(workload.name).\(name).svc\n")) }
        return .map([("apiVersion", "v1"), ("data", .map(data)), ("kind", "ConfigMap"),
                     ("metadata", workload.meta("\(workload.name)-config", labels: workload.labels, random: &random))])
    }

    func secret(_ workload: Workload) -> GenValue {
        var random = SplitMix64(seed: SplitMix64.derive(workload.seed, 9))
        return .map([("apiVersion", "v1"), ("data", .map([("password", .string(random.hex(40))), ("username", "YXBw")])), ("kind", "Secret"),
                     ("metadata", workload.meta("\(workload.name)-db", labels: workload.labels, random: &random)), ("type", "Opaque")])
    }
}

extension ClusterDumpGenerator {
    func nodeNameByIndex(_ random: Int) -> String { nodeName(random % nodes) }
}
