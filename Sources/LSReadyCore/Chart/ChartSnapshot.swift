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
        self.dataVersion = version
        // The JSON's own line numbers mean nothing to a user: a default
        // comes from the chart, whatever its place in the embedded text.
        self.defaults = ChartDefaultsDecoder.decode(data.defaultsJSON) ?? Self.strictlyParsed(data)
    }

    /// The defaults through the strict reader: what the fast decoder does not
    /// expect (a hand edit) is read right, or its error named.
    static func strictlyParsed(_ data: ChartSnapshotData) -> Node {
        do {
            return try JSONReader.parse(Array(data.defaultsJSON.utf8), file: "chart \(data.version) defaults").relocated(to: .chartDefault)
        } catch {
            preconditionFailure("embedded chart \(data.version) defaults are not valid JSON (\(error)); run Scripts/generate-chart-data.py")
        }
    }
}

