extension ChartSnapshot {
    /// What this chart version makes of the user's key at `path`
    /// (`["config", "blobStorage", "apiURL"]`). The path is read top-down and
    /// the first key that is not plainly known decides:
    /// 1. A key this version ignores after a rename is `.legacy`, in any
    ///    section (see `LegacyAutoscalingKeys`): on charts ≥ 0.13.0,
    ///    `<...>.autoscaling.enabled` where that `autoscaling` map has `hpa`.
    /// 2. A top-level key the chart lacks is `.unknown`.
    /// 3. Below a top-level key the chart has but the tool does not model
    ///    (not in `ChartKnowledge.modeledSections`), everything is `.known`.
    /// 4. Below a free-form map (see `FreeFormMaps`), everything is `.freeForm`.
    /// 5. A key missing from a map whose keys the chart fixes is `.unknown`,
    ///    with the sibling it most likely meant (see `KeySuggestion`).
    /// A caller walking a values tree stops descending at the first key that
    /// is not `.known`: keys below it add nothing.
    public func keyStatus(_ path: [String]) -> KeyStatus {
        guard let section = path.first else { return .known }
        let status = walk(path)
        if case .legacy = status { return status }
        if defaults[section] != nil, !ChartKnowledge.modeledSections.contains(section) { return .known }
        return status
    }

    private func walk(_ path: [String]) -> KeyStatus {
        var node = defaults
        var parentKey: String?
        for (depth, key) in path.enumerated() {
            if let parentKey, FreeFormMaps.acceptsAnyKey(named: parentKey, default: node) {
                return .freeForm
            }
            guard let child = node[key] else {
                if let replacement = legacyReplacement(for: path[...depth]) {
                    return .legacy(replacement: replacement)
                }
                let siblings = node.entries?.map(\.key) ?? []
                return .unknown(suggestion: KeySuggestion.nearest(to: key, among: siblings))
            }
            node = child
            parentKey = key
        }
        return .known
    }

    /// The full replacement path when `path` is an `autoscaling` key this
    /// version ignores: the version splits autoscaling, the map holding the
    /// key has an `hpa` map, and the key was renamed in 0.13.0.
    private func legacyReplacement(for path: ArraySlice<String>) -> String? {
        guard usesSplitAutoscaling, path.count >= 2, let key = path.last else { return nil }
        let mapPath = Array(path.dropLast())
        guard mapPath.last == "autoscaling", let map = defaults.at(mapPath), map["hpa"]?.entries != nil,
              map[key] == nil, let renamed = LegacyAutoscalingKeys.renames[key] else { return nil }
        return (mapPath + renamed).joined(separator: ".")
    }
}
