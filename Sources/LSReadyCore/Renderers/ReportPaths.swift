/// Where evidence points, in the form CI tools want: file paths relative to
/// the working directory (GitHub code scanning and annotations resolve them
/// against the checkout), or the cluster object an evidence names.
public struct ReportPaths: Sendable, Equatable {
    /// The absolute working directory; nil keeps paths as the user typed them.
    public var workingDirectory: String?

    public init(workingDirectory: String? = nil) {
        self.workingDirectory = workingDirectory
    }

    /// `values.yaml` for `./values.yaml` or `<wd>/values.yaml`; other paths unchanged.
    public func relative(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        if let workingDirectory, path.hasPrefix("/") {
            let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
            if path.hasPrefix(base) { return String(path.dropFirst(base.count)) }
        }
        return path
    }

    /// A URI for a SARIF `artifactLocation`: a percent-encoded relative
    /// reference, or a `file://` URI for a file outside the working directory.
    public func uri(_ path: String) -> String {
        let relative = self.relative(path)
        let encoded = Self.percentEncoded(relative)
        return relative.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// The file position of a values evidence, when it has one: not a chart
    /// default, not `--set`, not standard input.
    public static func filePosition(of evidence: Evidence) -> SourceLocation? {
        guard case .values(let location) = evidence.source, location.hasPosition, !location.isChartDefault,
              !location.file.hasPrefix("<") else { return nil }
        return location
    }

    /// The first evidence with a file position: where an annotation goes.
    public static func firstFilePosition(of finding: Finding) -> SourceLocation? {
        finding.evidence.lazy.compactMap(filePosition(of:)).first
    }

    static func percentEncoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
