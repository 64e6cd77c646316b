extension ClusterInventory {
    /// Moves every position `delta` lines down: what another thread read of
    /// a list, counting lines from where it started, placed in the file
    /// (`ParallelListReader`). Objects' locations and warnings' locations
    /// are the only positions an inventory holds.
    mutating func moveLines(by delta: Int) {
        guard delta != 0 else { return }
        Self.moveLines(&nodes, delta)
        Self.moveLines(&storageClasses, delta)
        Self.moveLines(&csiDrivers, delta)
        Self.moveLines(&persistentVolumeClaims, delta)
        Self.moveLines(&pods, delta)
        Self.moveLines(&deployments, delta)
        Self.moveLines(&statefulSets, delta)
        Self.moveLines(&daemonSets, delta)
        Self.moveLines(&jobs, delta)
        Self.moveLines(&horizontalPodAutoscalers, delta)
        Self.moveLines(&ingresses, delta)
        Self.moveLines(&services, delta)
        Self.moveLines(&apiServices, delta)
        Self.moveLines(&scaledObjects, delta)
        Self.moveLines(&clickHouseInstallations, delta)
        for index in warnings.indices { warnings[index].location.line += delta }
    }

    private static func moveLines<Object: KubeObject>(_ objects: inout [Object], _ delta: Int) {
        for index in objects.indices { objects[index].meta.location.line += delta }
    }
}
