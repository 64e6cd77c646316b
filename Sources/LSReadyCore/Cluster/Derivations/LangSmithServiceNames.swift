/// Decides whether a Kubernetes name or component label belongs to a
/// LangSmith service (CATALOG §1, "Finding LangSmith objects").
///
/// A text matches service `name` when it equals `name` or ends in `-<name>`,
/// **unless a longer known service name matches it too**: the chart names
/// objects `<release>-<service>`, so `langsmith-ingest-queue` ends in
/// `-queue` but belongs to `ingest-queue`, and `langsmith-platform-backend`
/// belongs to `platform-backend`, not `backend`. The known names are the
/// chart's defaults plus any renamed service (`queue.name: worker`) the
/// caller passes in.
public struct LangSmithServiceNames: Sendable, Equatable {
    /// The chart's default `<service>.name` values.
    public static let defaults = [
        "backend", "platform-backend", "queue", "ingest-queue", "frontend", "playground", "ace-backend",
        "host-backend", "listener", "clickhouse", "postgres", "redis",
    ]

    public var known: [String]

    public init(known: [String] = LangSmithServiceNames.defaults) {
        self.known = known
    }

    /// True when `text` (an object name or component label) names `service`.
    public func text(_ text: String, names service: String) -> Bool {
        guard !service.isEmpty, Self.endsWithService(text, service) else { return false }
        return !known.contains { other in
            other.count > service.count && Self.endsWithService(text, other)
        }
    }

    /// `text == service || text.hasSuffix("-" + service)`. It runs for every
    /// pod and service: ASCII (every Kubernetes name) is compared as bytes,
    /// without building strings; anything else as Swift compares strings.
    private static func endsWithService(_ text: String, _ service: String) -> Bool {
        let bytes = text.utf8, suffix = service.utf8
        if bytes.count >= suffix.count, bytes.reversed().starts(with: suffix.reversed()),
           bytes.count == suffix.count || bytes[bytes.index(bytes.endIndex, offsetBy: -suffix.count - 1)] == UInt8(ascii: "-") {
            return true
        }
        if bytes.allSatisfy({ $0 < 0x80 }) && suffix.allSatisfy({ $0 < 0x80 }) { return false }
        return text == service || text.hasSuffix("-" + service)
    }

    static let componentLabel = "app.kubernetes.io/component"

    /// The catalog's object rule: the `app.kubernetes.io/component` label
    /// decides when the object has one; the object name only when it has none
    /// (or its labels were unreadable). So a `langsmith-ingest-queue` object
    /// labelled `langsmith-ingest-queue` is never `queue`'s, and an unrelated
    /// object labelled `controller` is not claimed by its name alone.
    public func object(_ meta: KubeObjectMeta, names service: String) -> Bool {
        if let component = meta.labels.value?[Self.componentLabel] {
            return text(component, names: service)
        }
        return text(meta.name, names: service)
    }
}
