extension ClusterInventory {
    /// The LangSmith chart version from a `helm.sh/chart: langsmith-X.Y.Z`
    /// label (`"0.16.11"`), or nil when no object carries one. Pod template
    /// labels count too (pods of a Deployment carry them). When objects
    /// disagree, as in the middle of an upgrade, the version on most objects
    /// wins, ties going to the one seen first: a stable answer for a report.
    public var chartVersionFromLabels: String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        func count(_ labels: Fact<[String: String]>) {
            guard let version = labels.value?["helm.sh/chart"].flatMap(Self.langSmithChartVersion) else { return }
            if counts[version] == nil { order.append(version) }
            counts[version, default: 0] += 1
        }
        forEachLabels(count)
        for index in deployments.indices { count(deployments[index].template.labels) }
        for index in statefulSets.indices { count(statefulSets[index].template.labels) }
        var best: String?
        for version in order where best.map({ counts[version, default: 0] > counts[$0, default: 0] }) ?? true {
            best = version
        }
        return best
    }

    /// `langsmith-0.16.11` → `0.16.11`. Other charts (`redis-18.1.0`,
    /// `langsmith-operator-1.0.0`) are not LangSmith's and give nil.
    static func langSmithChartVersion(_ label: String) -> String? {
        let prefix = "langsmith-"
        guard label.hasPrefix(prefix) else { return nil }
        let version = label.dropFirst(prefix.count)
        guard let first = version.first, first.isASCII, first.isNumber,
              version.split(separator: ".", omittingEmptySubsequences: false).count >= 3 else { return nil }
        return String(version)
    }
}
