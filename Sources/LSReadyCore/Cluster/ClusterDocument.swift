/// One parsed document of cluster evidence (a kubectl `-o json`/`-o yaml`
/// dump, a single object or a `List`), with the file it was read from.
public struct ClusterDocument: Sendable, Equatable {
    public var file: String
    public var node: Node

    public init(file: String, node: Node) {
        self.file = file
        self.node = node
    }
}

/// Tells cluster evidence from Helm values by content (CLI.md, "Inputs").
public enum ClusterEvidence {
    /// True for a Kubernetes object or a `List`/`*List` of them: a mapping
    /// whose `apiVersion` and `kind` are non-empty strings. The chart's values
    /// have no top-level `apiVersion`, so this never claims a values file.
    /// A list whose `items` is malformed still counts: the inventory then
    /// warns about it, which is more useful than reading it as values.
    public static func isClusterDocument(_ node: Node) -> Bool {
        guard node.entries != nil,
              let apiVersion = node["apiVersion"]?.string, !apiVersion.isEmpty,
              let kind = node["kind"]?.string, !kind.isEmpty else { return false }
        return true
    }
}
