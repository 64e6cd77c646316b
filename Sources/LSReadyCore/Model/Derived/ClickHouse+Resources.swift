/// How a ClickHouse node's requests and limits compare with the per-node
/// minimum (CATALOG §3 `clickhouse.resources`), one dimension at a time:
/// the request meets it → pass; only the limit → at-risk; neither → fail.
struct ClickHouseResourceCheck: Sendable, Equatable {
    var cpuRequest: Int64?
    var cpuLimit: Int64?
    var memoryRequest: Int64?
    var memoryLimit: Int64?

    func status(minimum: (millicores: Int64, bytes: Int64)) -> Status {
        let cpu = Self.status(request: cpuRequest, limit: cpuLimit, minimum: minimum.millicores)
        let memory = Self.status(request: memoryRequest, limit: memoryLimit, minimum: minimum.bytes)
        return Status.worst([cpu, memory]) ?? .fail
    }

    private static func status(request: Int64?, limit: Int64?, minimum: Int64) -> Status {
        if let request, request >= minimum { return .pass }
        if let limit, limit >= minimum { return .atRisk }
        return .fail
    }

    /// `requests 3500m / 12Gi, limits 8 / 32Gi`.
    var description: String {
        func cpu(_ value: Int64?) -> String { value.map { QuantityFormatter.cpu(millicores: $0) } ?? "none" }
        func memory(_ value: Int64?) -> String { value.map { QuantityFormatter.bytes($0) } ?? "none" }
        return "requests \(cpu(cpuRequest)) CPU / \(memory(memoryRequest)), limits \(cpu(cpuLimit)) CPU / \(memory(memoryLimit))"
    }
}

extension KubeContainer {
    /// The amounts when every fact is known.
    var resourceCheck: ClickHouseResourceCheck? {
        guard case .known(let cpuRequest) = requests.cpuMillicores, case .known(let cpuLimit) = limits.cpuMillicores,
              case .known(let memoryRequest) = requests.memoryBytes, case .known(let memoryLimit) = limits.memoryBytes
        else { return nil }
        return ClickHouseResourceCheck(cpuRequest: cpuRequest, cpuLimit: cpuLimit, memoryRequest: memoryRequest, memoryLimit: memoryLimit)
    }
}

enum ClickHouseServerContainer {
    /// The ClickHouse server among a pod's containers: the only one; else one
    /// named `clickhouse`, `clickhouse-pod` or `clickhouse-server`; else the
    /// first whose name mentions clickhouse and is not a log, exporter or
    /// backup sidecar; else the first. Nil when there is none.
    static func pick(_ containers: [KubeContainer]) -> KubeContainer? {
        if containers.count <= 1 { return containers.first }
        let names = containers.map { $0.name.present?.lowercased() ?? "" }
        if let index = names.firstIndex(where: { ["clickhouse", "clickhouse-pod", "clickhouse-server"].contains($0) }) {
            return containers[index]
        }
        let sidecar = ["log", "exporter", "backup", "metrics"]
        if let index = names.firstIndex(where: { name in name.contains("clickhouse") && !sidecar.contains(where: { name.contains($0) }) }) {
            return containers[index]
        }
        return containers.first
    }
}

extension ResourceSettings {
    /// The values' amounts; nil when a set amount is not a Kubernetes quantity.
    var resourceCheck: ClickHouseResourceCheck? {
        func parse(_ setting: Setting<String>, _ reader: (String) -> Int64?) -> Int64?? {
            if setting.value.isEmpty { return .some(nil) }
            guard let value = reader(setting.value) else { return nil }
            return .some(value)
        }
        guard let cpuRequest = parse(cpuRequest, KubernetesQuantity.millicores),
              let cpuLimit = parse(cpuLimit, KubernetesQuantity.millicores),
              let memoryRequest = parse(memoryRequest, KubernetesQuantity.bytes),
              let memoryLimit = parse(memoryLimit, KubernetesQuantity.bytes) else { return nil }
        return ClickHouseResourceCheck(cpuRequest: cpuRequest, cpuLimit: cpuLimit, memoryRequest: memoryRequest, memoryLimit: memoryLimit)
    }
}
