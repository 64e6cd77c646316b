/// The objects-per-dump limit (docs/limits.md): a dump of more objects than
/// any namespace of a LangSmith install holds is an input error, so that the
/// inventory, its warnings and the report stay proportional to real input.
public enum ClusterDumpLimits {
    /// Kubernetes objects in one dump file, counting every `List` item (nested
    /// lists too). A whole 2,000-node cluster (60,000 pods and their
    /// ReplicaSets, Services, PVCs...) stays well under it; `audit` streams
    /// dumps item by item, so memory follows the objects kept, not this count.
    public static let maxObjects = 1_000_000

    /// Throws `InputError(.sizeLimit)` at the first object over the limit.
    public static func check(_ documents: [Node], file: String, maxObjects: Int = maxObjects) throws {
        var count = 0
        // Iterative: a list nested 256 deep must not cost 256 stack frames here as well.
        var pending: [Node] = documents.reversed()
        while let node = pending.popLast() {
            count += 1
            if count > maxObjects {
                throw InputError(.sizeLimit, "more than \(maxObjects) Kubernetes objects in one dump", at: node.location,
                                 hint: "collect one namespace with 'lsready collect --namespace NS'")
            }
            if let kind = node["kind"]?.string, KubeKind.isList(kind), let items = node["items"]?.items {
                pending.append(contentsOf: items.reversed())
            }
        }
    }
}
