/// One chart version's complete defaults, as Helm reads that version's
/// values.yaml. Obtain one with `ChartKnowledge.snapshot(for:)`.
public struct ChartSnapshot: Sendable {
    /// The chart version the data was taken from (the snapshot chosen for a
    /// requested version may be older than it; see `ChartKnowledge`).
    public let dataVersion: ChartVersion
    /// Every default value, each located at `SourceLocation.chartDefault`.
    public let defaults: Node

    /// True for charts 0.13.0 and later: autoscaling is `autoscaling.hpa` and
    /// `autoscaling.keda`, and the old `autoscaling.enabled` is ignored. The
    /// snapshot choice keeps this equal to the requested version's answer,
    /// because 0.13.0 itself is a snapshot.
    public var usesSplitAutoscaling: Bool { dataVersion >= .autoscalingSplit }

    init(data: ChartSnapshotData) {
        guard let version = ChartVersion(data.version) else {
            preconditionFailure("embedded chart data has an invalid version '\(data.version)'; run Scripts/generate-chart-data.py")
        }
        let parsed: Node
        do {
            parsed = try JSONReader.parse(Array(data.defaultsJSON.utf8), file: "chart \(data.version) defaults")
        } catch {
            preconditionFailure("embedded chart \(data.version) defaults are not valid JSON (\(error)); run Scripts/generate-chart-data.py")
        }
        self.dataVersion = version
        // The JSON's own line numbers mean nothing to a user: a default
        // comes from the chart, whatever its place in the embedded text.
        self.defaults = parsed.relocated(to: .chartDefault)
    }
}

extension Node {
    /// This node with every location, its own, its keys' and its
    /// descendants', replaced by `location`.
    func relocated(to location: SourceLocation) -> Node {
        switch value {
        case .sequence(let items):
            return Node(.sequence(items.map { $0.relocated(to: location) }), at: location)
        case .mapping(let entries):
            let moved = entries.map { Entry(key: $0.key, keyLocation: location, value: $0.value.relocated(to: location)) }
            return Node(.mapping(moved), at: location)
        case .null, .bool, .number, .string:
            return Node(value, at: location)
        }
    }
}
