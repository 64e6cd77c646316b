/// JUnit XML for the test-report views of GitLab, Jenkins, Azure Pipelines
/// and friends: one `<testsuite>` per checklist section, one `<testcase>` per
/// rule. A `fail` is always a `<failure>`; `at-risk`, `unverified` and
/// `manual` are failures when the gate fails on them (`--fail-on at-risk`)
/// and `<skipped>` otherwise, so the test view agrees with the exit code.
/// `not-applicable` and `waived` are skipped with their reason; a pass is a
/// plain test case. No timestamps or durations: the output is reproducible.
public enum JUnitReportRenderer {
    /// What one finding becomes in JUnit.
    public enum Outcome: Equatable, Sendable {
        case passed, failure, skipped
    }

    public static func outcome(of status: Status, failOn threshold: GateThreshold) -> Outcome {
        switch status {
        case .pass: return .passed
        case .fail: return .failure
        case .atRisk, .unverified, .manual: return threshold == .atRisk ? .failure : .skipped
        case .notApplicable, .waived: return .skipped
        }
    }

    public static func render(_ report: Report, failOn threshold: GateThreshold = .fail,
                              paths: ReportPaths = ReportPaths()) -> String {
        let sections = Section.allCases.compactMap { section -> (Section, [Finding])? in
            let findings = report.findings.filter { $0.rule.section == section }
            return findings.isEmpty ? nil : (section, findings)
        }
        let outcomes = report.findings.map { outcome(of: $0.status, failOn: threshold) }
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        lines.append("<testsuites name=\"\(attribute("lsready: \(report.verdict.headline)"))\""
            + counts(tests: report.findings.count, outcomes: outcomes) + ">")
        for (section, findings) in sections {
            let sectionOutcomes = findings.map { outcome(of: $0.status, failOn: threshold) }
            let name = "\(section.number). \(section.title)"
            lines.append("  <testsuite name=\"\(attribute(name))\"" + counts(tests: findings.count, outcomes: sectionOutcomes) + ">")
            if section == sections.first?.0 {
                lines.append("    <properties>")
                for (key, value) in [("verdict", report.verdict.rawValue), ("profile", report.profile.rawValue),
                                     ("platform", report.platform.rawValue), ("chartVersion", report.chartVersion),
                                     ("failOn", threshold.rawValue)] {
                    lines.append("      <property name=\"\(key)\" value=\"\(attribute(value))\"/>")
                }
                lines.append("    </properties>")
            }
            for finding in findings {
                lines.append(contentsOf: testcase(finding, section: section, threshold: threshold, paths: paths))
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func counts(tests: Int, outcomes: [Outcome]) -> String {
        let failures = outcomes.filter { $0 == .failure }.count
        let skipped = outcomes.filter { $0 == .skipped }.count
        return " tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\""
    }

    static func testcase(_ finding: Finding, section: Section, threshold: GateThreshold, paths: ReportPaths) -> [String] {
        let rule = finding.rule
        let open = "    <testcase classname=\"lsready.section\(section.number < 10 ? "0" : "")\(section.number)\" name=\"\(attribute("\(rule.id): \(rule.title)"))\""
        let summary = "\(finding.status.word): \(finding.message)"
        switch outcome(of: finding.status, failOn: threshold) {
        case .passed:
            return [open + "/>"]
        case .skipped:
            return [open + ">", "      <skipped message=\"\(attribute(summary))\"/>", "    </testcase>"]
        case .failure:
            return [open + ">",
                    "      <failure type=\"\(finding.status.word)\" message=\"\(attribute(summary))\">\(text(details(finding, paths: paths)))</failure>",
                    "    </testcase>"]
        }
    }

    /// The failure's body: the message, the evidence, the decision and the fix, one per line.
    static func details(_ finding: Finding, paths: ReportPaths) -> String {
        var lines = [finding.message]
        for evidence in finding.evidence {
            lines.append("Evidence: " + TextReportRenderer.describe(evidence, paths: paths))
        }
        if let decision = finding.decision {
            lines.append("Decision: " + MarkdownReportRenderer.describe(decision))
        }
        lines.append("Fix: " + finding.remediation)
        return lines.joined(separator: "\n")
    }

    /// Text escaped for an attribute value (line breaks kept as character references).
    static func attribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    static func text(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            case "\r": result += "&#13;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            default:
                // XML 1.0 cannot carry other control characters, even escaped.
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
