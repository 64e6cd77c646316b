import LSReadyCore

/// `lsready values`: the merged Helm values the chart will see, as Helm
/// computes them (files in order, then `--set`), secrets redacted.
struct ValuesCommand: Command {
    let name = "values"
    let summary = "print the merged Helm values the chart will see"
    let usage = "lsready values [PATH ...] [-f FILE ...] [--set PATH=VALUE ...] [options]"
    let discussion = """
        Merges the values files exactly as 'helm install -f a -f b --set ...' does and prints
        the result. PATHs are classified by content (Kubernetes objects are cluster evidence and
        are ignored here); a directory is walked. Secret-bearing keys print as "<redacted>".
        """
    let options: [OptionSpec] = [
        OptionSpec("values", short: "f", kind: .value(placeholder: "FILE"), repeatable: true,
                   help: "A values file, merged in the order given ('-' reads standard input)"),
        OptionSpec("set", kind: .value(placeholder: "PATH=VALUE"), repeatable: true,
                   help: "A Helm --set override, applied after the files"),
        OptionSpec("with-defaults", help: "Apply the chart's default values, as the chart sees them"),
        OptionSpec("chart-version", kind: .value(placeholder: "X.Y.Z"),
                   help: "The chart whose defaults --with-defaults applies (default: detected, else the newest)"),
        OptionSpec("explain", help: "Print one line per value with the file:line:column that set it"),
        OptionSpec("format", kind: .value(placeholder: "FORMAT"), allowedValues: ["json", "yaml"],
                   help: "json (default) or yaml, as 'helm get values' prints it"),
        OptionSpec("show-secrets", help: "Print secret values instead of \"<redacted>\""),
        OptionSpec("output", short: "o", kind: .value(placeholder: "FILE"),
                   help: "Write to FILE (atomically) instead of standard output"),
    ]

    enum Style: Equatable {
        case json, yaml, explain
    }

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        if arguments.has("explain") && arguments.has("format") {
            throw UsageError("--explain and --format cannot be combined", command: name)
        }
        let setExpressions = try arguments.values("set").map { argument in
            do {
                return try SetExpression(parsing: argument)
            } catch let error as InputError {
                throw SetArgumentError.usage(argument, error, command: name)
            }
        }
        if let version = arguments.value("chart-version"), ChartVersion(version) == nil {
            throw UsageError("--chart-version '\(version)': expected a chart version like 0.16.11", command: name)
        }
        let inputs = try InputGatherer(context: context).gather(arguments.inputArguments)
        for input in inputs.inputs where input.kind == .cluster {
            context.standardError.write("lsready: note: \(input.path) is cluster evidence; 'values' ignores it\n")
        }
        let style: Style = arguments.has("explain") ? .explain : arguments.value("format") == "yaml" ? .yaml : .json
        let files = inputs.valuesFiles.map(\.values)
        var chartDefaults: Node?
        if arguments.has("with-defaults") {
            // The chart version decides which defaults apply: the flag, a helm.sh/chart label in
            // any cluster evidence given, the values' shape, else the newest supported chart.
            let documents = inputs.clusterFiles.flatMap { file in file.documents.map { ClusterDocument(file: file.path, node: $0) } }
            let userValues = try ValuesComputation.values(files: files, setExpressions: setExpressions, chartDefaults: nil)
            let (version, _) = ChartVersionDecision.decide(flag: arguments.value("chart-version"), userValues: userValues,
                                                           inventory: documents.isEmpty ? nil : ClusterInventory.build(from: documents))
            chartDefaults = ChartKnowledge.snapshot(for: version).defaults
        }
        let text = try Self.render(files: files, setExpressions: setExpressions,
                                   chartDefaults: chartDefaults, style: style, showSecrets: arguments.has("show-secrets"))
        try OutputWriter.write(text, to: arguments.value("output"), context: context)
        return .passed
    }

    /// The command's whole pipeline after reading: merge, coalesce with the
    /// chart's defaults when given, redact unless asked not to, render.
    static func render(files: [Node], setExpressions: [SetExpression], chartDefaults: Node?,
                       style: Style, showSecrets: Bool) throws -> String {
        let merged = try ValuesComputation.values(files: files, setExpressions: setExpressions, chartDefaults: chartDefaults)
        let shown = showSecrets ? merged : Redaction.redact(merged)
        switch style {
        case .json: return ValuesJSONRenderer.render(shown)
        case .yaml: return ValuesYAMLRenderer.render(shown)
        case .explain: return ValuesExplainRenderer.render(shown)
        }
    }
}

extension ParsedArguments {
    /// Positional paths, `-f/--values` and `--cluster` in command-line order.
    var inputArguments: [InputArgument] {
        occurrences.compactMap { occurrence in
            switch occurrence.option {
            case nil: return .path(occurrence.value)
            case "values"?: return .values(occurrence.value)
            case "cluster"?: return .cluster(occurrence.value)
            default: return nil
            }
        }
    }
}
