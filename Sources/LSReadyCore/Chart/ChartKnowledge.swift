/// The LangSmith chart facts lsready carries, for charts 0.10 through 0.17:
/// each corpus version's complete defaults (generated from the chart's own
/// values.yaml, see README.md), and which sections the tool models.
public enum ChartKnowledge {
    /// Every embedded snapshot, oldest first. A `static let` initializes
    /// once, on first use, safely across threads: the JSON is parsed once.
    public static let snapshots: [ChartSnapshot] = ChartData.snapshots.map(ChartSnapshot.init(data:))

    /// The data for `version`: the newest snapshot not newer than it (chart
    /// defaults change little within the gap), or the oldest snapshot for a
    /// version older than every snapshot (0.10.0 is read with 0.10.53's data).
    public static func snapshot(for version: ChartVersion) -> ChartSnapshot {
        snapshots.last(where: { $0.dataVersion <= version }) ?? snapshots[0]
    }

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
