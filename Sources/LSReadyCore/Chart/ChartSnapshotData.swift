/// Namespace of the embedded chart data. The generated files in `Generated/`
/// extend it with one `ChartSnapshotData` per corpus version and the
/// `snapshots` index (see README.md for how to regenerate them).
enum ChartData {}

/// One chart version's defaults as the generator wrote them: the version text
/// and the complete values as JSON, parsed on first use by `ChartKnowledge`.
struct ChartSnapshotData: Sendable {
    let version: String
    let defaultsJSON: String
}
