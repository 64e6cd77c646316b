/// GitHub Actions workflow commands: one annotation per finding that needs
/// attention (`::error` for fail, `::warning` for at-risk and unverified,
/// `::notice` for manual), placed on the values file line of its first
/// positioned evidence so that the pull request shows it in the diff, then
/// the verdict as a plain log line. Waived, passing and not-applicable
/// findings make no annotation.
///
/// GitHub shows at most 10 errors and 10 warnings per step: the catalog
/// order puts the most basic problems first.
public enum GitHubAnnotationsRenderer {
    public static func render(_ report: Report, paths: ReportPaths = ReportPaths()) -> String {
        var lines: [String] = []
        for finding in report.findings {
            guard let command = command(for: finding.status) else { continue }
            var properties: [(String, String)] = []
            if let position = ReportPaths.firstFilePosition(of: finding) {
                properties.append(("file", paths.relative(position.file)))
                properties.append(("line", String(position.line)))
                properties.append(("col", String(max(1, position.column))))
            }
            properties.append(("title", finding.rule.id))
            let rendered = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
            let message = "\(finding.rule.title) — \(finding.status.word): \(finding.message) Fix: \(finding.remediation)"
            lines.append("::\(command) \(rendered)::\(escapeData(message))")
        }
        lines.append("lsready: " + TextReportRenderer.verdictLine(report))
        return lines.joined(separator: "\n") + "\n"
    }

    /// fail → error, at-risk/unverified → warning, manual → notice; nil when no annotation.
    public static func command(for status: Status) -> String? {
        switch status {
        case .fail: return "error"
        case .atRisk, .unverified: return "warning"
        case .manual: return "notice"
        case .pass, .notApplicable, .waived: return nil
        }
    }

    /// The escaping of the runner's `escapeData`: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        escape(text, also: [])
    }

    /// The escaping of the runner's `escapeProperty`: also `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escape(text, also: [":", ","])
    }

    /// Scalar by scalar: a CR LF pair is one Swift `Character`, and would slip past a character replacement.
    private static func escape(_ text: String, also extra: Set<Unicode.Scalar>) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where extra.contains(scalar): result += "%3A"
            case "," where extra.contains(scalar): result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
