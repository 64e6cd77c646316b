/// What every modeled object keeps: identity, labels, annotations, owners,
/// and where it was read from.
public struct KubeObjectMeta: Sendable, Equatable {
    public var kind: String
    public var apiVersion: String
    public var name: String
    /// nil for cluster-scoped objects (and namespaced ones dumped without it).
    public var namespace: String?
    public var labels: Fact<[String: String]>
    /// Read only for the kinds judged by them (`KubeKind.readsAnnotations`); empty for the others.
    public var annotations: Fact<[String: String]>
    public var ownerReferences: Fact<[KubeOwnerReference]>
    public var file: String
    public var location: SourceLocation

    public init(kind: String, apiVersion: String, name: String, namespace: String? = nil,
                labels: Fact<[String: String]> = .known([:]), annotations: Fact<[String: String]> = .known([:]),
                ownerReferences: Fact<[KubeOwnerReference]> = .known([]), file: String,
                location: SourceLocation? = nil) {
        self.kind = kind
        self.apiVersion = apiVersion
        self.name = name
        self.namespace = namespace
        self.labels = labels
        self.annotations = annotations
        self.ownerReferences = ownerReferences
        self.file = file
        self.location = location ?? .file(file)
    }

    /// `namespace/name`: what tells two objects of one kind apart.
    var identity: String { "\(namespace ?? "")/\(name)" }

    /// The display reference evidence uses: `StorageClass/gp3`.
    public var reference: String { "\(kind)/\(name)" }

    /// One label's value; `.unknown` when the labels were malformed.
    public func label(_ key: String) -> Fact<String?> { labels.map { $0[key] } }

    /// One annotation's value; `.unknown` when the annotations were malformed.
    public func annotation(_ key: String) -> Fact<String?> { annotations.map { $0[key] } }

    /// The owner marked `controller: true` (else the first owner), when owners are known.
    public var controller: KubeOwnerReference? { Self.controller(among: ownerReferences) }

    static func controller(among ownerReferences: Fact<[KubeOwnerReference]>) -> KubeOwnerReference? {
        guard let owners = ownerReferences.value else { return nil }
        return owners.first(where: { $0.isController }) ?? owners.first
    }
}

public struct KubeOwnerReference: Sendable, Equatable {
    public var kind: String
    public var name: String
    public var isController: Bool

    public init(kind: String, name: String, isController: Bool = false) {
        self.kind = kind
        self.name = name
        self.isController = isController
    }
}

/// A status condition (`Ready`, `PodScheduled`, `ScalingActive`, `Complete`, `Available`).
public struct KubeCondition: Sendable, Equatable {
    public var type: String
    /// `True`, `False` or `Unknown`, as written.
    public var status: String
    public var reason: String?
    public var message: String?

    public init(type: String, status: String, reason: String? = nil, message: String? = nil) {
        self.type = type
        self.status = status
        self.reason = reason
        self.message = message
    }

    public var isTrue: Bool { status == "True" }
}

extension Fact where Value == [KubeCondition] {
    /// The condition of one type: `.known(nil)` when the object does not report it.
    public func condition(_ type: String) -> Fact<KubeCondition?> {
        map { conditions in conditions.last(where: { $0.type == type }) }
    }

    /// Whether the condition of `type` is `True`: `.known(nil)` when it is not reported.
    public func isTrue(_ type: String) -> Fact<Bool?> {
        condition(type).map { $0.map(\.isTrue) }
    }
}
