/// The report for a terminal: the verdict with the counts, then the findings
/// that need attention grouped by section, each with its evidence, decision
/// and fix. Quiet prints the verdict line alone; verbose adds the passes and
/// the not-applicable rules. Colour is an input (the CLI decides it from the
/// TTY, `NO_COLOR` and `--color`): the renderer never looks at the terminal.
public enum TextReportRenderer {
    public enum Verbosity: Sendable, Equatable {
        /// The verdict line only.
        case quiet
        /// Findings that are not passes or not applicable.
        case normal
        /// Every finding.
        case verbose
    }

    public struct Style: Sendable, Equatable {
        public var colour: Bool
        public var verbosity: Verbosity

        public init(colour: Bool = false, verbosity: Verbosity = .normal) {
            self.colour = colour
            self.verbosity = verbosity
        }
    }

    public static func render(_ report: Report, style: Style = Style(), paths: ReportPaths = ReportPaths()) -> String {
        let paint = Painter(enabled: style.colour)
        let verdict = verdictLine(report, paint: paint)
        guard style.verbosity != .quiet else { return verdict + "\n" }
        var lines = ["\(LSReady.name) \(LSReady.version) · profile \(report.profile.rawValue) · platform \(report.platform.rawValue) · chart \(report.chartVersion)",
                     verdict]
        let shown = report.findings.filter { style.verbosity == .verbose || ![.pass, .notApplicable].contains($0.status) }
        for section in Section.allCases {
            let findings = shown.filter { $0.rule.section == section }
            guard !findings.isEmpty else { continue }
            lines.append("")
            lines.append(paint.bold("\(section.number). \(section.title)"))
            for finding in findings {
                lines.append(contentsOf: block(finding, paint: paint, paths: paths))
            }
        }
        if shown.isEmpty {
            lines.append("")
            lines.append("Nothing needs attention: every applicable rule passes" + (report.findings.contains { $0.status == .waived } ? " or is waived." : "."))
        }
        if style.verbosity == .normal, report.findings.contains(where: { $0.status == .pass }) {
            lines.append("")
            lines.append(paint.dim("(passes and not-applicable rules are hidden; -v lists them)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `NOT READY — 2 fail · 1 at-risk · 12 pass`: the counts that are not zero, in summary order.
    public static func verdictLine(_ report: Report, paint: Painter = Painter(enabled: false)) -> String {
        let counts = report.summary.filter { $0.count > 0 }.map { "\($0.count) \($0.status.word)" }
        let headline = paint.bold(paint.colour(verdictColour(report.verdict), report.verdict.headline))
        return headline + " — " + (counts.isEmpty ? "no findings" : counts.joined(separator: " · "))
    }

    static func block(_ finding: Finding, paint: Painter, paths: ReportPaths) -> [String] {
        let tag = finding.status.word.uppercased()
        let padded = tag + String(repeating: " ", count: max(1, 15 - tag.count))
        let indent = String(repeating: " ", count: 17)
        var lines = ["  " + paint.colour(statusColour(finding.status), padded) + paint.bold(finding.rule.id) + " — " + oneLine(finding.rule.title)]
        lines.append(indent + oneLine(finding.message))
        for evidence in finding.evidence {
            let lead = evidence.source == .derived ? "note: " : "at "
            lines.append(indent + paint.dim(lead) + describe(evidence, paths: paths))
        }
        if let decision = finding.decision {
            lines.append(indent + paint.dim("decision: ") + oneLine(MarkdownReportRenderer.describe(decision)))
        }
        if [.fail, .atRisk, .unverified, .manual].contains(finding.status) {
            lines.append(indent + paint.dim("fix: ") + oneLine(finding.remediation))
        }
        return lines
    }

    /// `values.yaml:12:5 config.blobStorage.enabled: false`, `StorageClass/gp3 in cluster.json: …`.
    public static func describe(_ evidence: Evidence, paths: ReportPaths) -> String {
        var text: String
        switch evidence.source {
        case .values(let location):
            let key = evidence.path ?? ""
            if location.isChartDefault {
                text = key.isEmpty ? "chart default" : "\(key) (chart default)"
            } else {
                let place = location.hasPosition ? "\(paths.relative(location.file)):\(location.line):\(location.column)" : location.file
                text = key.isEmpty ? place : "\(place) \(key)"
            }
        case .cluster(let object, let file):
            text = "\(object) in \(paths.relative(file))"
        case .derived:
            text = evidence.path ?? ""
        }
        if let detail = evidence.detail {
            text += text.isEmpty ? detail : ": \(detail)"
        }
        return oneLine(text)
    }

    /// Text from the inputs on one line, without control characters: a
    /// terminal must not receive escape sequences hidden in an object name.
    static func oneLine(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += " "
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    enum Colour: String {
        case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36", grey = "90"
    }

    static func statusColour(_ status: Status) -> Colour {
        switch status {
        case .fail: return .red
        case .atRisk: return .yellow
        case .unverified: return .magenta
        case .manual: return .cyan
        case .pass: return .green
        case .notApplicable: return .grey
        case .waived: return .blue
        }
    }

    static func verdictColour(_ verdict: Verdict) -> Colour {
        switch verdict {
        case .notReady: return .red
        case .atRisk: return .yellow
        case .ready: return .green
        }
    }

    /// ANSI SGR sequences, or nothing when colour is off.
    public struct Painter: Sendable {
        public var enabled: Bool

        public init(enabled: Bool) {
            self.enabled = enabled
        }

        func colour(_ colour: Colour, _ text: String) -> String { sgr(colour.rawValue, text) }
        func bold(_ text: String) -> String { sgr("1", text) }
        func dim(_ text: String) -> String { sgr("2", text) }

        private func sgr(_ code: String, _ text: String) -> String {
            enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
    }
}
