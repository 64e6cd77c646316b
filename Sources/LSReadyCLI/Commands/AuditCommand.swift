import Foundation
import LSReadyCore

/// `lsready audit`: judge a deployment against the readiness catalog and
/// print a report; the exit code is the CI gate.
struct AuditCommand: Command {
    let name = "audit"
    let summary = "judge a deployment, print a report"
    let usage = "lsready audit [PATH ...] [-f FILE ...] [--set PATH=VALUE ...] [--cluster FILE|DIR ...] [options]"
    let discussion = """
        Reads the Helm values the release is deployed with and/or what kubectl shows of the
        cluster, judges them against the LangSmith production-readiness catalog, and prints a
        report. PATHs are classified by content: Kubernetes objects (or a List of them) are
        cluster evidence, anything else is a values file; a directory is walked, and a LangSmith
        diagnostics bundle is recognised.

        Exit codes: 0 the gate passed, 1 the gate failed (see --fail-on), 2 usage error,
        3 input error.
        """
    let options: [OptionSpec] = [
        OptionSpec("values", short: "f", kind: .value(placeholder: "FILE"), repeatable: true,
                   help: "A values file, merged in the order given ('-' reads standard input)"),
        OptionSpec("set", kind: .value(placeholder: "PATH=VALUE"), repeatable: true,
                   help: "A Helm --set override, applied after the files"),
        OptionSpec("cluster", kind: .value(placeholder: "FILE|DIR"), repeatable: true,
                   help: "Cluster evidence (kubectl -o json/yaml, a diagnostics bundle), whatever it looks like"),
        OptionSpec("profile", kind: .value(placeholder: "PROFILE"), allowedValues: Profile.allCases.map(\.rawValue),
                   help: "production (default) or dev: dev makes production-only rules not applicable"),
        OptionSpec("platform", kind: .value(placeholder: "PLATFORM"), allowedValues: PlatformChoice.allCases.map(\.rawValue),
                   help: "auto (default: from the nodes), eks, gke, aks or generic"),
        OptionSpec("chart-version", kind: .value(placeholder: "X.Y.Z"),
                   help: "The LangSmith chart version (default: from the helm.sh/chart label or the values' shape)"),
        OptionSpec("max-payload", kind: .value(placeholder: "SIZE"),
                   help: "The largest expected trace payload, as an nginx size (default 25M)"),
        OptionSpec("format", kind: .value(placeholder: "FORMAT"), repeatable: true,
                   allowedValues: ReportFormat.allCases.map(\.rawValue),
                   help: "markdown (default), json, sarif, junit, text or github; repeat with -o to write several"),
        OptionSpec("output", short: "o", kind: .value(placeholder: "FILE"), repeatable: true,
                   help: "Write the report to FILE atomically (pairs with the --format before it)"),
        OptionSpec("fail-on", kind: .value(placeholder: "LEVEL"), allowedValues: GateThreshold.allCases.map(\.rawValue),
                   help: "fail (default): exit 1 on a fail; at-risk: also on at-risk, unverified, manual; never"),
        OptionSpec("config", kind: .value(placeholder: "FILE"),
                   help: "Profile, platform, waivers and attestations (default: .lsready.yaml here, when present)"),
        OptionSpec("color", kind: .value(placeholder: "WHEN"), allowedValues: ColourChoice.allCases.map(\.rawValue),
                   help: "Colour the text format: auto (default: on a terminal, unless NO_COLOR is set), always, never"),
        OptionSpec("quiet", short: "q", help: "No warnings on standard error; the text format prints the verdict line only"),
        OptionSpec("verbose", short: "v", help: "List the inputs read on standard error; the text format also lists passes"),
    ]

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        _ = try AuditSettings(arguments) // usage errors (exit 2) before any file is read
        let setExpressions = try arguments.values("set").map { argument in
            do {
                return try SetExpression(parsing: argument)
            } catch let error as InputError {
                throw SetArgumentError.usage(argument, error, command: name)
            }
        }
        let inputArguments = arguments.inputArguments
        guard !inputArguments.isEmpty || !setExpressions.isEmpty else {
            throw UsageError("no input: give the values files and/or a cluster dump to audit", command: name)
        }
        let configuration = try ConfigurationDiscovery.load(explicit: arguments.value("config"), context: context)
        let settings = try AuditSettings(arguments, configuration: configuration)
        let gathered = try InputGatherer(context: context, buildsClusterInventory: true).gather(inputArguments)
        if settings.verbose {
            for input in gathered.inputs {
                context.standardError.write("lsready: read \(input.path) as \(input.kind.rawValue)\n")
            }
        }
        let hasValues = !gathered.valuesFiles.isEmpty || !setExpressions.isEmpty
        let userValues = hasValues
            ? try ValuesComputation.values(files: gathered.valuesFiles.map(\.values), setExpressions: setExpressions,
                                           chartDefaults: nil)
            : nil
        var inputs = gathered.inputs.map { ReportInput(path: $0.path, kind: $0.kind == .values ? .values : .cluster) }
        if let configuration {
            inputs.append(ReportInput(path: configuration.path, kind: .config))
            if settings.verbose { context.standardError.write("lsready: read \(configuration.path) as config\n") }
        }
        let today = Self.today(context)
        let report = AuditPipeline.run(
            userValues: userValues, clusterInventory: gathered.clusterInventory, options: settings.options,
            decisions: configuration?.decisions(today: today) ?? Decisions(today: today),
            inputs: inputs, rules: context.rules)
        if !settings.quiet {
            for warning in report.warnings { context.standardError.write("lsready: warning: \(warning)\n") }
            for finding in report.findings {
                if case .waiverExpired(_, let owner, let expires)? = finding.decision {
                    context.standardError.write("lsready: warning: the waiver of \(finding.rule.id) (owner \(owner)) expired on \(expires); the finding counts as \(finding.status.word)\n")
                }
            }
            if let version = ChartVersion(report.chartVersion), !version.isSupported {
                context.standardError.write("lsready: warning: chart \(version) is outside the supported range 0.10–0.17; judged with the nearest known chart data\n")
            }
        }
        let paths = ReportPaths(workingDirectory: context.workingDirectory.standardizedFileURL.path)
        let verbosity: TextReportRenderer.Verbosity = settings.quiet ? .quiet : settings.verbose ? .verbose : .normal
        for output in settings.outputs {
            let rendering = ReportFormat.Rendering(
                failOn: settings.failOn, paths: paths,
                text: .init(colour: settings.colour.isEnabled(writingTo: output.path, context: context), verbosity: verbosity))
            try OutputWriter.write(output.format.render(report, rendering), to: output.path, context: context)
        }
        if settings.outputs.contains(where: { $0.format == .github }) {
            try Self.appendStepSummary(report, context: context)
        }
        ExitKeeper.keep((gathered, userValues, report), context: context)
        return report.gateFails(on: settings.failOn) ? .gateFailed : .passed
    }

    /// In GitHub Actions (`GITHUB_STEP_SUMMARY` names a file), the markdown
    /// report is appended to the job summary along with the annotations.
    static func appendStepSummary(_ report: Report, context: CommandContext) throws {
        guard let path = context.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return }
        try OutputWriter.append(MarkdownReportRenderer.render(report), to: path, context: context)
    }

    /// Today as `YYYY-MM-DD` (UTC), or `LSREADY_TODAY` when set (reproducible reports and tests).
    static func today(_ context: CommandContext) -> String {
        if let fixed = context.environment["LSREADY_TODAY"], !fixed.isEmpty { return fixed }
        return utcDate(secondsSince1970: Int64(time(nil)))
    }

    /// `YYYY-MM-DD` of a Unix time in UTC, by arithmetic on the proleptic
    /// Gregorian calendar (Howard Hinnant's `civil_from_days`): a
    /// `DateFormatter` loads ICU's calendar and locale data, a millisecond
    /// of every audit.
    static func utcDate(secondsSince1970 seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func padded(_ number: Int64, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}
