/// Which chart version the values are for (CATALOG.md, Section 5):
/// `--chart-version`, else the `helm.sh/chart` label in the dump, else the
/// values' own shape, else the newest supported chart.
public enum ChartVersionDecision {
    /// The newest chart before the autoscaling split, for values in the old shape.
    static let newestLegacy = ChartVersion(major: 0, minor: 12, patch: 37)

    public static func decide(flag: String?, userValues: Node?, inventory: ClusterInventory?) -> (ChartVersion, ChartVersionSource) {
        if let flag, let version = ChartVersion(flag) {
            return (version, .flag)
        }
        if let label = inventory?.chartVersionFromLabels, let version = ChartVersion(label) {
            return (version, .clusterLabel)
        }
        if let userValues, let shape = AutoscalingShape.of(userValues) {
            switch shape {
            case .split: return (.newestSupported, .valuesShape)
            case .legacy: return (newestLegacy, .valuesShape)
            }
        }
        return (.newestSupported, .newest)
    }
}
