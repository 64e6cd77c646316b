extension DeploymentModel {
    /// The pods the failure-mode rules watch: the LangSmith services' pods,
    /// the ClickHouse pods (chart StatefulSet or operator-managed), and the
    /// chart's own Redis and Postgres pods. Each pod once, in that order.
    var healthPods: [KubePod] {
        var names = LangSmithServiceNames.defaults
        let renamed = services.map(\.name.value) + [redis.name.value, postgres.name.value, clickhouse.name.value]
        for name in renamed where !name.isEmpty && !names.contains(name) { names.append(name) }
        let known = LangSmithServiceNames(known: names)
        let datastorePods = [redis.name.value.isEmpty ? "redis" : redis.name.value,
                             postgres.name.value.isEmpty ? "postgres" : postgres.name.value]
            .flatMap { inventory.langSmithWorkload($0, names: known).pods }
        var seen = Set<String>()
        return (health.langSmithPods + health.clickHousePods + datastorePods).filter {
            seen.insert(($0.meta.namespace ?? "") + "/" + $0.meta.name).inserted
        }
    }
}

extension KubePod {
    /// The statuses of the pod's containers and of its init containers (an
    /// init container can crash-loop or be OOMKilled too: the pod shows
    /// `Init:CrashLoopBackOff`). Unknown when either list is unreadable.
    var allContainerStatuses: Fact<[KubeContainerStatus]> {
        guard case .known(let main) = containerStatuses, case .known(let initial) = initContainerStatuses else { return .unknown }
        return .known(main + initial)
    }

    /// Evidence naming this pod.
    func evidence(_ detail: String) -> Evidence {
        .object(meta.reference, in: meta.file, detail: detail)
    }
}

extension Int {
    /// `1 pod`, `3 pods`: a count with its noun for messages.
    func counted(_ singular: String, _ plural: String? = nil) -> String {
        "\(self) \(self == 1 ? singular : (plural ?? singular + "s"))"
    }
}
