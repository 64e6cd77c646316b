/// The Kubernetes platform the Nodes show (CATALOG §1, "Platform").
public enum DetectedPlatform: String, Sendable, Equatable, CaseIterable {
    case eks, gke, aks, generic
}

extension ClusterInventory {
    /// `eks` when any Node has a `spec.providerID` beginning `aws://` or a
    /// label starting `eks.amazonaws.com/`; else `gke` for `gce://` or a
    /// `cloud.google.com/gke-nodepool` label; else `aks` for `azure://` or a
    /// `kubernetes.azure.com/cluster` label; else `generic`. Nil when the
    /// evidence has no Nodes: the caller applies the catalog's fallback.
    /// The checks run in that order over all nodes, so one EKS node in a mixed
    /// dump makes it EKS, as the catalog's wording does.
    public var detectedPlatform: DetectedPlatform? {
        guard !nodes.isEmpty else { return nil }
        if nodes.contains(where: { $0.hasProvider("aws://") || $0.hasLabel(prefix: "eks.amazonaws.com/") }) { return .eks }
        if nodes.contains(where: { $0.hasProvider("gce://") || $0.hasLabel(exactly: "cloud.google.com/gke-nodepool") }) { return .gke }
        if nodes.contains(where: { $0.hasProvider("azure://") || $0.hasLabel(exactly: "kubernetes.azure.com/cluster") }) { return .aks }
        return .generic
    }
}

extension KubeNode {
    fileprivate func hasProvider(_ scheme: String) -> Bool {
        providerID.present?.hasPrefix(scheme) ?? false
    }

    fileprivate func hasLabel(prefix: String) -> Bool {
        meta.labels.value?.keys.contains(where: { $0.hasPrefix(prefix) }) ?? false
    }

    fileprivate func hasLabel(exactly key: String) -> Bool {
        meta.labels.value?[key] != nil
    }
}
