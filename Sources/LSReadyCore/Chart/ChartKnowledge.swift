/// The LangSmith chart facts lsready carries, for charts 0.10 through 0.17:
/// each corpus version's complete defaults (generated from the chart's own
/// values.yaml, see README.md), and which sections the tool models.
public enum ChartKnowledge {
    /// Every embedded snapshot, oldest first (parsing each one not parsed yet).
    public static var snapshots: [ChartSnapshot] {
        ChartData.snapshots.indices.map(cache.snapshot(at:))
    }

    /// The data for `version`: the newest snapshot not newer than it (chart
    /// defaults change little within the gap), or the oldest snapshot for a
    /// version older than every snapshot (0.10.0 is read with 0.10.53's data).
    /// Only that snapshot is parsed: an audit needs one chart, not all five.
    public static func snapshot(for version: ChartVersion) -> ChartSnapshot {
        cache.snapshot(at: dataVersions.lastIndex(where: { $0 <= version }) ?? 0)
    }

    /// The versions of the embedded snapshots, oldest first, without parsing them.
    static let dataVersions: [ChartVersion] = ChartData.snapshots.map { data in
        guard let version = ChartVersion(data.version) else {
            preconditionFailure("embedded chart data has an invalid version '\(data.version)'; run Scripts/generate-chart-data.py")
        }
        return version
    }

    private static let cache = ChartSnapshotCache()

    /// The top-level sections whose keys the rules read, and so whose keys
    /// `values.unknown-keys` checks against the chart. Keys inside any other
    /// section the chart knows are reported `.known`: the tool has no reason
    /// to second-guess settings it does not judge.
    public static let modeledSections: [String] = [
        "config", "clickhouse", "redis", "postgres",
        "ingress", "gateway", "istioGateway",
        "frontend", "backend", "platformBackend", "queue", "ingestQueue",
        "playground", "aceBackend", "hostBackend", "listener",
        "commonEnv",
    ]
}
