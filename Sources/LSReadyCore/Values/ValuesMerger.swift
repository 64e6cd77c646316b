/// Helm's two ways of combining values, over located `Node` trees.
///
/// Every node keeps the location of the source that set it: a leaf taken from
/// a later file carries that file's position, a merged map carries the
/// position of the last source that touched it.
public enum ValuesMerger {
    /// The values of `helm -f a -f b ...`: Helm's `mergeMaps`
    /// (pkg/cli/values/options.go). Files apply left to right and the later one
    /// wins; only a map over a map merges (recursively); anything else
    /// (scalar, list, null) replaces, and a null is stored as null.
    public static func mergeFiles(_ files: [Node]) -> Node {
        guard var merged = files.first else { return emptyValues }
        for file in files.dropFirst() {
            merged = mergeMaps(merged, file)
        }
        return merged
    }

    /// `mergeMaps(base, override)`: the override's keys win, maps merge.
    public static func mergeMaps(_ base: Node, _ override: Node) -> Node {
        guard var entries = base.entries, let overrides = override.entries else { return override }
        // An index by key: two files of 300,000 keys each must not take 300,000² comparisons.
        var indexByKey = [String: Int](minimumCapacity: entries.count)
        for (index, entry) in entries.enumerated() { indexByKey[entry.key] = index }
        for entry in overrides {
            if let index = indexByKey[entry.key] {
                let existing = entries[index].value
                let value = existing.entries != nil && entry.value.entries != nil
                    ? mergeMaps(existing, entry.value)
                    : entry.value
                entries[index] = Node.Entry(key: entry.key, keyLocation: entry.keyLocation, value: value)
            } else {
                indexByKey[entry.key] = entries.count
                entries.append(entry)
            }
        }
        return Node(.mapping(entries), at: override.location)
    }

    /// The values a chart sees: Helm's `CoalesceValues(chart, user)`
    /// (pkg/chartutil/coalesce.go). Maps merge deeply and the user wins; lists
    /// and scalars replace; an empty user map keeps the chart's map.
    ///
    /// A user `null` deletes a key the chart defines. Where Helm versions
    /// differ (helm-yaml-semantics.md §7) this follows Helm ≥ 3.21:
    /// - at the top level, a user null on any key the chart has (even a null
    ///   default) deletes it; a null on a key the chart lacks stays;
    /// - nested, a user null deletes the key when the chart's default is not
    ///   null, and stays when the chart lacks the key or its default is null.
    ///
    /// Every node taken from `chartDefaults` is stamped `SourceLocation.chartDefault`.
    /// Subchart and `global:` propagation are not modelled (the LangSmith
    /// chart's values are read as one chart).
    public static func coalesce(user: Node, chartDefaults: Node) -> Node {
        let defaults = chartDefaults.relocated(to: .chartDefault)
        guard let userEntries = user.entries, let defaultEntries = defaults.entries else { return user }
        var entries = userEntries
        for chartEntry in defaultEntries {
            guard let index = entries.firstIndex(where: { $0.key == chartEntry.key }) else {
                entries.append(chartEntry)
                continue
            }
            let userValue = entries[index].value
            if userValue.isNull {
                entries.remove(at: index)
            } else {
                entries[index].value = coalesceTables(user: userValue, chart: chartEntry.value)
            }
        }
        return Node(.mapping(entries), at: user.location)
    }

    /// Below the top level (`coalesceTablesFullKey`).
    private static func coalesceTables(user: Node, chart: Node) -> Node {
        guard let userEntries = user.entries, let chartEntries = chart.entries else {
            // A scalar or list over anything, or a map over a non-map: the user wins.
            return user
        }
        var entries = userEntries
        for chartEntry in chartEntries {
            guard let index = entries.firstIndex(where: { $0.key == chartEntry.key }) else {
                entries.append(chartEntry)
                continue
            }
            let userValue = entries[index].value
            if userValue.isNull {
                if !chartEntry.value.isNull { entries.remove(at: index) }
            } else {
                entries[index].value = coalesceTables(user: userValue, chart: chartEntry.value)
            }
        }
        return Node(.mapping(entries), at: user.location)
    }

    /// The values of no file at all.
    public static let emptyValues = Node(.mapping([]), at: .file("(no values)"))
}

