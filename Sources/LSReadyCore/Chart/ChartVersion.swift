/// A LangSmith chart version, `major.minor.patch`.
public struct ChartVersion: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let major: Int
    public let minor: Int
    public let patch: Int

    public init(major: Int, minor: Int, patch: Int) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    /// Parses `0.16.11` or `v0.16.11`. Exactly three dot-separated decimal
    /// numbers: anything else (`0.16`, `0.16.11-rc.1`, ` 0.16.11`) is nil, so
    /// that a typo in `--chart-version` is reported rather than guessed at.
    public init?(_ text: String) {
        var body = Substring(text)
        if body.first == "v" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 9, part.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(part) else { return nil }
            numbers.append(number)
        }
        self.init(major: numbers[0], minor: numbers[1], patch: numbers[2])
    }

    /// The version in a `helm.sh/chart` label: `langsmith-0.16.11` gives 0.16.11;
    /// a label of another chart (`redis-18.1.0`) gives nil.
    public static func fromChartLabel(_ label: String) -> ChartVersion? {
        let prefix = "langsmith-"
        guard label.hasPrefix(prefix) else { return nil }
        return ChartVersion(String(label.dropFirst(prefix.count)))
    }

    /// The chart release that replaced `<svc>.autoscaling.enabled` with
    /// `<svc>.autoscaling.hpa.enabled` and `<svc>.autoscaling.keda.enabled`.
    public static let autoscalingSplit = ChartVersion(major: 0, minor: 13, patch: 0)

    /// The chart versions lsready judges: 0.10 through 0.17.
    public static let supportedRange = ChartVersion(major: 0, minor: 10, patch: 0) ..< ChartVersion(major: 0, minor: 18, patch: 0)

    public var isSupported: Bool { Self.supportedRange.contains(self) }

    /// The newest chart version whose defaults lsready carries: what it
    /// assumes when neither a flag, a cluster label nor the values' shape
    /// tells the version.
    public static let newestSupported: ChartVersion = {
        guard let newest = ChartData.snapshots.last, let version = ChartVersion(newest.version) else {
            preconditionFailure("the embedded chart data has no valid version; run Scripts/generate-chart-data.py")
        }
        return version
    }()

    public var description: String { "\(major).\(minor).\(patch)" }

    public static func < (lhs: ChartVersion, rhs: ChartVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }
}
