/// Which maps in the chart's values accept any keys.
///
/// The chart fixes the keys of most maps, but some hold Kubernetes objects it
/// passes through verbatim (a container's `resources`, a pod's `affinity`),
/// user-chosen names (`labels`, `annotations`) or extension points
/// (`extraContainerConfig`). Keys below them are `.freeForm`. A map is free
/// form when, in the chart's defaults:
/// - its key is one of `keyNames` (wherever it appears), or
/// - it is empty (`{}`): the chart defines nothing to compare against, or
/// - it is not a map at all (a list, a scalar or null): there are no keys to
///   know, and a map written there is a type question for `values.types`.
enum FreeFormMaps {
    /// Keys whose contents are Kubernetes objects or user-named entries. Lists
    /// are here too: a list default is already free-form, but naming them keeps
    /// the rule independent of what one chart version happens to default.
    static let keyNames: Set<String> = [
        // User-chosen names.
        "annotations", "labels", "podAnnotations", "podLabels",
        "commonAnnotations", "commonLabels", "commonPodAnnotations",
        // Kubernetes objects the chart copies into the pod or container spec.
        "resources", "nodeSelector", "tolerations", "affinity", "topologySpreadConstraints",
        "podSecurityContext", "securityContext", "commonPodSecurityContext",
        "startupProbe", "livenessProbe", "readinessProbe", "lifecycle",
        "strategy", "updateStrategy", "persistentVolumeClaimRetentionPolicy",
        "commonDnsConfig", "dnsConfig",
        // Extension points.
        "extraEnv", "extraContainerConfig", "sidecars", "initContainers",
        "volumes", "volumeMounts", "commonEnv", "commonVolumes", "commonVolumeMounts", "commonInitContainers",
    ]

    /// True when keys below `node` (the default found at key `key`) are free-form.
    static func acceptsAnyKey(named key: String, default node: Node) -> Bool {
        if keyNames.contains(key) { return true }
        guard let entries = node.entries else { return true }
        return entries.isEmpty
    }
}
