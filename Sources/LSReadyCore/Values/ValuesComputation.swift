/// The whole of Helm's values pipeline for one release: `-f` files merged in
/// order, then each `--set`, then (when known) the chart's defaults.
public enum ValuesComputation {
    /// - Parameters:
    ///   - files: the values files' contents, in `-f` order.
    ///   - setExpressions: `--set` arguments, in command-line order.
    ///   - chartDefaults: the chart's `values.yaml`, or nil for the user
    ///     values alone (what `helm get values` prints without `--all`).
    public static func values(files: [Node], setExpressions: [SetExpression], chartDefaults: Node?) throws -> Node {
        let merged = try SetExpression.apply(setExpressions, to: ValuesMerger.mergeFiles(files))
        guard let chartDefaults else { return merged }
        return ValuesMerger.coalesce(user: merged, chartDefaults: chartDefaults)
    }
}
