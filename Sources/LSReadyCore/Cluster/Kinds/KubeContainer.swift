/// A container of a Pod or a pod template: what the resource, env and
/// OOM rules read.
public struct KubeContainer: Sendable, Equatable {
    public var name: Fact<String?>
    /// The variables among `KubeEnvVar.judgedNames`, in order: the others
    /// are not read (a pod's env can hold dozens, and no rule looks at them).
    public var env: Fact<[KubeEnvVar]>
    public var requests: KubeResourceAmounts
    public var limits: KubeResourceAmounts

    public init(name: Fact<String?>, env: Fact<[KubeEnvVar]> = .known([]),
                requests: KubeResourceAmounts = .none, limits: KubeResourceAmounts = .none) {
        self.name = name
        self.env = env
        self.requests = requests
        self.limits = limits
    }

    /// An env variable's value (the last entry wins, as in Kubernetes):
    /// `.known(nil)` when the container does not set it.
    public func envValue(_ name: String) -> Fact<KubeEnvValue?> {
        env.map { variables in variables.last(where: { $0.name == name })?.value }
    }
}

/// CPU and memory of a `requests` or `limits` block. `.known(nil)` means not set.
public struct KubeResourceAmounts: Sendable, Equatable {
    public var cpuMillicores: Fact<Int64?>
    public var memoryBytes: Fact<Int64?>

    public init(cpuMillicores: Fact<Int64?>, memoryBytes: Fact<Int64?>) {
        self.cpuMillicores = cpuMillicores
        self.memoryBytes = memoryBytes
    }

    public static let none = KubeResourceAmounts(cpuMillicores: .known(nil), memoryBytes: .known(nil))
    public static let unknown = KubeResourceAmounts(cpuMillicores: .unknown, memoryBytes: .unknown)
}

public struct KubeEnvVar: Sendable, Equatable {
    public var name: String
    public var value: KubeEnvValue

    /// How long ClickHouse async inserts wait (`levers.async-insert-wait`).
    public static let asyncInsertWait = asyncInsertWaitName.description
    private static let asyncInsertWaitName: StaticString = "CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT"

    /// The variables a rule judges: the only ones the inventory keeps.
    static let judgedNames: [StaticString] = [asyncInsertWaitName]

    public init(name: String, value: KubeEnvValue) {
        self.name = name
        self.value = value
    }
}

/// An env variable's value. References are recorded, never resolved: the
/// tool reads no Secret or ConfigMap.
public enum KubeEnvValue: Sendable, Equatable {
    case literal(String)
    case fromSecret
    case fromConfigMap
    /// `fieldRef` or `resourceFieldRef`: a value the kubelet computes.
    case fromPodField
    /// `value` and `valueFrom` both absent: Kubernetes sets an empty string.
    case empty
}

extension ObjectReader {
    /// `spec.containers` (or a template's), each with name, env and resources.
    mutating func containers(_ field: Field) -> Fact<[KubeContainer]> {
        each(field) { reader, element in
            guard reader.requireMap(element) else { return .unknown }
            let resources = reader.field(element, "resources")
            return .known(KubeContainer(
                name: reader.string(reader.field(element, "name")),
                env: reader.environment(reader.field(element, "env")),
                requests: reader.resourceAmounts(reader.field(resources, "requests")),
                limits: reader.resourceAmounts(reader.field(resources, "limits"))))
        }
    }

    mutating func resourceAmounts(_ field: Field) -> KubeResourceAmounts {
        if let slot = field.slot, !isMap(field) {
            report(path(field), "is \(tape.typeDescription(slot)), expected a map", at: slot)
            return .unknown
        }
        if case .broken = field.state { return .unknown }
        return KubeResourceAmounts(cpuMillicores: millicores(self.field(field, "cpu")),
                                   memoryBytes: bytes(self.field(field, "memory")))
    }

    /// The judged variables of an `env` list (`KubeEnvVar.judgedNames`).
    /// Any other element, whatever its shape, is passed over: its value is
    /// neither decoded nor checked, and a list naming no judged variable
    /// may not even be on the tape (`NodeFilter.Gate`).
    private mutating func environment(_ field: Field) -> Fact<[KubeEnvVar]> {
        if let slot = field.slot, tape.isPassedOver(slot) { return .known([]) }
        return each(field) { reader, element -> Fact<KubeEnvVar?> in
            guard let slot = element.slot, let nameSlot = reader.tape.member(slot, "name"),
                  KubeEnvVar.judgedNames.contains(where: { reader.tape.stringEquals(nameSlot, $0) }) else { return .known(nil) }
            let name = reader.tape.string(nameSlot)!
            let valueFrom = reader.field(element, "valueFrom")
            if valueFrom.isPresent {
                guard reader.requireMap(valueFrom) else { return .unknown }
                if reader.has(valueFrom, "secretKeyRef") { return .known(KubeEnvVar(name: name, value: .fromSecret)) }
                if reader.has(valueFrom, "configMapKeyRef") { return .known(KubeEnvVar(name: name, value: .fromConfigMap)) }
                return .known(KubeEnvVar(name: name, value: .fromPodField))
            }
            switch reader.string(reader.field(element, "value")) {
            case .known(let text?): return .known(KubeEnvVar(name: name, value: .literal(text)))
            case .known(nil): return .known(KubeEnvVar(name: name, value: .empty))
            case .unknown: return .unknown
            }
        }.map { $0.compactMap { $0 } }
    }

    /// The PVC names a pod (or pod template) mounts through `volumes[].persistentVolumeClaim.claimName`.
    mutating func claimNames(_ field: Field) -> Fact<[String]> {
        each(field) { reader, element in
            guard reader.requireMap(element) else { return .unknown }
            let claim = reader.field(element, "persistentVolumeClaim")
            guard claim.isPresent else { return .known(nil) }
            return reader.requiredString(reader.field(claim, "claimName")).map { Optional($0) }
        }.map { $0.compactMap { $0 } }
    }
}
