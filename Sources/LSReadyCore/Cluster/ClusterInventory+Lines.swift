extension ClusterInventory {
    /// Moves every position `delta` lines down: what another thread read of
    /// a list, counting lines from where it started, placed in the file
    /// (`ParallelListReader`). Objects' locations and warnings' locations
    /// are the only positions an inventory holds.
    mutating func moveLines(by delta: Int) {
        guard delta != 0 else { return }
        // Each kind by name: through a generic `meta` the whole metadata would be copied and written back.
        for index in nodes.indices { nodes[index].meta.location.line += delta }
        for index in storageClasses.indices { storageClasses[index].meta.location.line += delta }
        for index in csiDrivers.indices { csiDrivers[index].meta.location.line += delta }
        for index in persistentVolumeClaims.indices { persistentVolumeClaims[index].meta.location.line += delta }
        for index in pods.indices { pods[index].meta.location.line += delta }
        for index in deployments.indices { deployments[index].meta.location.line += delta }
        for index in statefulSets.indices { statefulSets[index].meta.location.line += delta }
        for index in daemonSets.indices { daemonSets[index].meta.location.line += delta }
        for index in jobs.indices { jobs[index].meta.location.line += delta }
        for index in horizontalPodAutoscalers.indices { horizontalPodAutoscalers[index].meta.location.line += delta }
        for index in ingresses.indices { ingresses[index].meta.location.line += delta }
        for index in services.indices { services[index].meta.location.line += delta }
        for index in apiServices.indices { apiServices[index].meta.location.line += delta }
        for index in scaledObjects.indices { scaledObjects[index].meta.location.line += delta }
        for index in clickHouseInstallations.indices { clickHouseInstallations[index].meta.location.line += delta }
        for index in warnings.indices { warnings[index].location.line += delta }
    }
}
