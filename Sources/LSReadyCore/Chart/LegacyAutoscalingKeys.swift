/// The autoscaling keys that chart 0.13.0 renamed, derived from the data.
///
/// Before 0.13.0 a service's HPA was configured directly in
/// `<svc>.autoscaling` (`enabled`, `createHpa`, `minReplicas`, ...); from
/// 0.13.0 it lives in `<svc>.autoscaling.hpa`, beside `autoscaling.keda`, and
/// the old keys are ignored. Rather than list the keys per service, the table
/// compares the last snapshot before the split with the first one after it:
/// for every service whose `autoscaling` map gained an `hpa` map, each old key
/// that is no longer directly in `autoscaling`
/// - moved to `autoscaling.hpa.<key>` when `hpa` has a key of that name;
/// - otherwise (`createHpa`) is replaced by `autoscaling.hpa.enabled`, the
///   switch that alone decides, from 0.13.0, whether the chart creates an HPA.
public enum LegacyAutoscalingKeys {
    /// Old key directly under `autoscaling` → its replacement path below
    /// `autoscaling` (`"enabled"` → `["hpa", "enabled"]`).
    public static let renames: [String: [String]] = {
        let split = ChartVersion.autoscalingSplit
        let versions = ChartKnowledge.dataVersions
        guard let before = versions.last(where: { $0 < split }), let after = versions.first(where: { $0 >= split }) else {
            preconditionFailure("the embedded chart data must include versions before and after \(split)")
        }
        return derive(before: ChartKnowledge.snapshot(for: before).defaults, after: ChartKnowledge.snapshot(for: after).defaults)
    }()

    /// The renames between two charts' defaults, from every top-level section
    /// whose `autoscaling` map has no `hpa` map before and has one after.
    /// Sections are visited in key order and the first answer for a key wins.
    static func derive(before: Node, after: Node) -> [String: [String]] {
        var renames: [String: [String]] = [:]
        for entry in after.entries ?? [] {
            guard let newMap = entry.value["autoscaling"], newMap["hpa"]?.entries != nil,
                  let oldMap = before[entry.key]?["autoscaling"], oldMap["hpa"] == nil,
                  let oldEntries = oldMap.entries else { continue }
            for old in oldEntries where newMap[old.key] == nil && renames[old.key] == nil {
                renames[old.key] = newMap["hpa"]?[old.key] != nil ? ["hpa", old.key] : ["hpa", "enabled"]
            }
        }
        return renames
    }
}
