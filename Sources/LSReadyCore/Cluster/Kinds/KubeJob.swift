/// A Job (the ClickHouse and Postgres migrations).
public struct KubeJob: Sendable, Equatable {
    public var meta: KubeObjectMeta
    public var conditions: Fact<[KubeCondition]>
    public var succeeded: Fact<Int?>
    public var failed: Fact<Int?>

    public init(meta: KubeObjectMeta, conditions: Fact<[KubeCondition]> = .known([]),
                succeeded: Fact<Int?> = .known(nil), failed: Fact<Int?> = .known(nil)) {
        self.meta = meta
        self.conditions = conditions
        self.succeeded = succeeded
        self.failed = failed
    }

    /// Condition `Complete` True (or, when a dump lacks conditions, a success count).
    public var isComplete: Fact<Bool> {
        guard case .known(let complete) = conditions.isTrue("Complete") else { return .unknown }
        if let complete { return .known(complete) }
        return succeeded.map { ($0 ?? 0) > 0 }
    }

    /// Condition `Failed` True: the Job gave up.
    public var hasFailed: Fact<Bool> { conditions.isTrue("Failed").map { $0 ?? false } }

    static func read(_ reader: inout ObjectReader, _ object: Field, meta: consuming KubeObjectMeta) -> KubeJob {
        KubeJob(meta: meta,
                conditions: reader.conditions(reader.field(object, "status.conditions")),
                succeeded: reader.count(reader.field(object, "status.succeeded")),
                failed: reader.count(reader.field(object, "status.failed")))
    }
}
