/// What a finding rests on: a values setting with its location (or the chart
/// default), or a cluster object. Never a secret value: `detail` describes.
public struct Evidence: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// A value a user file or `--set` gave, or the chart default (`SourceLocation.chartDefault`).
        case values(SourceLocation)
        /// A Kubernetes object (`StorageClass/gp3`) from a cluster dump file.
        case cluster(object: String, file: String)
        /// A fact with no single source (a count, an absence, a command-line option).
        case derived
    }

    public var source: Source
    /// The values key path (`config.blobStorage.enabled`), when the evidence is a setting.
    public var path: String?
    /// A short description: the (non-secret) value, a status, a computed figure.
    public var detail: String?

    public init(_ source: Source, path: String? = nil, detail: String? = nil) {
        self.source = source
        self.path = path
        self.detail = detail
    }

    public static func setting(_ path: String, at location: SourceLocation, detail: String?) -> Evidence {
        Evidence(.values(location), path: path, detail: detail)
    }

    public static func object(_ reference: String, in file: String, detail: String?) -> Evidence {
        Evidence(.cluster(object: reference, file: file), detail: detail)
    }

    public static func note(_ detail: String) -> Evidence {
        Evidence(.derived, detail: detail)
    }

    /// `values.yaml:12:5 config.blobStorage.enabled`, `StorageClass/gp3 in cluster.json`,
    /// or `config.ttl.enabled (chart default)`.
    public var reference: String {
        switch source {
        case .values(let location):
            let key = path ?? ""
            if location.isChartDefault { return "\(key) (chart default)" }
            return key.isEmpty ? location.description : "\(location) \(key)"
        case .cluster(let object, let file):
            return "\(object) in \(file)"
        case .derived:
            return path ?? ""
        }
    }
}
