import LSReadyCore

/// The audit options parsed and validated from the command line.
struct AuditSettings {
    var options: AuditOptions
    var failOn: GateThreshold
    var outputs: [ReportOutput]
    var quiet: Bool
    var verbose: Bool
    var colour: ColourChoice

    /// One report to write: a format and a destination (nil = standard output).
    struct ReportOutput: Equatable {
        var format: ReportFormat
        var path: String?
    }

    static let command = "audit"

    /// The options from the command line, over those of the configuration file (when one was read).
    init(_ arguments: ParsedArguments, configuration: LSReadyConfiguration? = nil) throws {
        var options = AuditOptions()
        if let profile = configuration?.profile { options.profile = profile }
        if let platform = configuration?.platform { options.platform = platform }
        if let version = configuration?.chartVersion { options.chartVersion = version }
        if let profile = arguments.value("profile") {
            options.profile = Profile(rawValue: profile)!
        }
        if let platform = arguments.value("platform") {
            options.platform = PlatformChoice(rawValue: platform)!
        }
        if let version = arguments.value("chart-version") {
            guard ChartVersion(version) != nil else {
                throw UsageError("--chart-version '\(version)': expected a chart version like 0.16.11", command: Self.command)
            }
            options.chartVersion = version
        }
        if let payload = arguments.value("max-payload") {
            guard case .bytes(let bytes)? = NginxSize(payload), bytes > 0 else {
                throw UsageError("--max-payload '\(payload)': expected a size like 25M, 100m or 1g", command: Self.command)
            }
            options.maxPayloadBytes = Int(bytes)
        }
        self.options = options
        failOn = arguments.value("fail-on").flatMap(GateThreshold.init(rawValue:)) ?? .fail
        quiet = arguments.has("quiet")
        verbose = arguments.has("verbose")
        colour = arguments.value("color").flatMap(ColourChoice.init(rawValue:)) ?? .auto
        outputs = try Self.outputs(arguments)
    }

    /// Pairs each `--format F` with the `-o FILE` that follows it, so that one
    /// run can write several formats: `--format json -o r.json --format markdown -o r.md`.
    /// A lone `-o` applies to the format before it (markdown when none).
    static func outputs(_ arguments: ParsedArguments) throws -> [ReportOutput] {
        var outputs: [ReportOutput] = []
        var pending: ReportFormat?
        for occurrence in arguments.occurrences {
            switch occurrence.option {
            case "format"?:
                if let format = pending { outputs.append(ReportOutput(format: format, path: nil)) }
                pending = ReportFormat(rawValue: occurrence.value)!
            case "output"?:
                outputs.append(ReportOutput(format: pending ?? .markdown, path: occurrence.value))
                pending = nil
            default:
                continue
            }
        }
        if let format = pending { outputs.append(ReportOutput(format: format, path: nil)) }
        if outputs.isEmpty { outputs.append(ReportOutput(format: .markdown, path: nil)) }
        if outputs.filter({ $0.path == nil || $0.path == "-" }).count > 1 {
            throw UsageError("only one report can go to standard output; give the others -o FILE", command: command)
        }
        return outputs
    }
}

/// `--color`: whether the text report uses ANSI colour.
enum ColourChoice: String, CaseIterable {
    /// Colour when standard output is a terminal and `NO_COLOR` is not set.
    case auto
    case always
    case never

    /// Whether a text report written to `path` (nil: standard output) is coloured.
    /// `NO_COLOR` (any non-empty value, per no-color.org) wins over everything.
    func isEnabled(writingTo path: String?, context: CommandContext) -> Bool {
        if let noColour = context.environment["NO_COLOR"], !noColour.isEmpty { return false }
        switch self {
        case .never: return false
        case .always: return true
        case .auto: return (path == nil || path == "-") && context.standardOutputIsTerminal
        }
    }
}

/// The report formats `audit` writes.
enum ReportFormat: String, CaseIterable {
    case markdown, json, sarif, junit, text, github

    /// What renderers need beyond the report.
    struct Rendering {
        var failOn: GateThreshold
        var paths: ReportPaths
        var text: TextReportRenderer.Style
    }

    func render(_ report: Report, _ rendering: Rendering) -> String {
        switch self {
        case .markdown: return MarkdownReportRenderer.render(report)
        case .json: return JSONReportRenderer.render(report)
        case .sarif: return SARIFReportRenderer.render(report, paths: rendering.paths)
        case .junit: return JUnitReportRenderer.render(report, failOn: rendering.failOn, paths: rendering.paths)
        case .text: return TextReportRenderer.render(report, style: rendering.text, paths: rendering.paths)
        case .github: return GitHubAnnotationsRenderer.render(report, paths: rendering.paths)
        }
    }
}
