/// A container's requests and limits as written in the values
/// (`<component>.resources`), parsed as Kubernetes quantities.
public struct ResourceSettings: Sendable, Equatable {
    public var cpuRequest: Setting<String>
    public var memoryRequest: Setting<String>
    public var cpuLimit: Setting<String>
    public var memoryLimit: Setting<String>

    /// Reads `<path>.requests.cpu` and friends.
    init(_ reader: ValuesReader, path: String) {
        cpuRequest = reader.string(path + ".requests.cpu")
        memoryRequest = reader.string(path + ".requests.memory")
        cpuLimit = reader.string(path + ".limits.cpu")
        memoryLimit = reader.string(path + ".limits.memory")
    }

    public var cpuRequestMillicores: Int64? { KubernetesQuantity.millicores(cpuRequest.value) }
    public var memoryRequestBytes: Int64? { KubernetesQuantity.bytes(memoryRequest.value) }
    public var cpuLimitMillicores: Int64? { KubernetesQuantity.millicores(cpuLimit.value) }
    public var memoryLimitBytes: Int64? { KubernetesQuantity.bytes(memoryLimit.value) }

    /// Evidence for the four settings that are set.
    public var evidence: [Evidence] {
        [cpuRequest, memoryRequest, cpuLimit, memoryLimit]
            .filter { !$0.value.isEmpty }
            .map { $0.evidence($0.value) }
    }
}
