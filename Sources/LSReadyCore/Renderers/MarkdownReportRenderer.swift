/// The report for people: a verdict banner, a summary table, the fourteen
/// sections with every rule, then a sign-off section. Written to read well
/// as a GitHub pull-request comment (plain CommonMark + GFM tables).
public enum MarkdownReportRenderer {
    public static func render(_ report: Report) -> String {
        var lines: [String] = []
        lines.append("# LangSmith production readiness: \(report.verdict.headline)")
        lines.append("")
        lines.append("> \(icon(for: report.verdict)) **\(report.verdict.headline)** — \(verdictSentence(report))")
        lines.append("")
        lines.append("Profile **\(report.profile.rawValue)** · platform **\(report.platform.rawValue)** · chart **\(report.chartVersion)** · \(LSReady.name) \(LSReady.version)")
        lines.append("")
        if !report.inputs.isEmpty {
            let inputs = report.inputs.map { "`\(escapeCode($0.path))` (\($0.kind.rawValue))" }
            lines.append("Inputs: " + inputs.joined(separator: ", "))
            lines.append("")
        }
        lines.append("| Status | Count |")
        lines.append("|---|---:|")
        for (status, count) in report.summary {
            lines.append("| \(icon(for: status)) \(status.word) | \(count) |")
        }
        lines.append("")
        if !report.warnings.isEmpty {
            lines.append("<details><summary>Input warnings (\(report.warnings.count))</summary>")
            lines.append("")
            for warning in report.warnings { lines.append("- \(inline(warning))") }
            lines.append("")
            lines.append("</details>")
            lines.append("")
        }
        for section in Section.allCases {
            let findings = report.findings.filter { $0.rule.section == section }
            guard !findings.isEmpty else { continue }
            lines.append("## \(section.number). \(section.title)")
            lines.append("")
            // What needs attention first; what passed (or does not apply) folded
            // away, so that the report reads well as a pull-request comment.
            let settled = findings.filter { $0.status == .pass || $0.status == .notApplicable }
            for finding in findings where finding.status != .pass && finding.status != .notApplicable {
                lines.append(contentsOf: block(for: finding))
            }
            if !settled.isEmpty {
                lines.append("<details><summary>\(settledSummary(settled))</summary>")
                lines.append("")
                for finding in settled {
                    lines.append(contentsOf: block(for: finding))
                }
                lines.append("</details>")
                lines.append("")
            }
        }
        lines.append(contentsOf: signOff(report))
        return lines.joined(separator: "\n") + "\n"
    }

    /// "3 passed, 1 not applicable".
    static func settledSummary(_ findings: [Finding]) -> String {
        let passed = findings.filter { $0.status == .pass }.count
        let notApplicable = findings.count - passed
        var parts: [String] = []
        if passed > 0 { parts.append("\(icon(for: .pass)) \(passed) passed") }
        if notApplicable > 0 { parts.append("\(icon(for: .notApplicable)) \(notApplicable) not applicable") }
        return parts.joined(separator: ", ")
    }

    static func block(for finding: Finding) -> [String] {
        var lines: [String] = []
        let rule = finding.rule
        lines.append("### \(icon(for: finding.status)) \(finding.status.word.uppercased()) · `\(rule.id)` — \(rule.title)")
        lines.append("")
        lines.append("*\(rule.level.rawValue)* · \(inline(finding.message))")
        lines.append("")
        for evidence in finding.evidence {
            lines.append("- Evidence: \(describe(evidence))")
        }
        if let decision = finding.decision {
            lines.append("- Decision: \(describe(decision))")
        }
        if needsRemediation(finding.status) {
            lines.append("- Fix: \(inline(rule.remediation))")
        }
        if !finding.evidence.isEmpty || finding.decision != nil || needsRemediation(finding.status) {
            lines.append("")
        }
        return lines
    }

    static func signOff(_ report: Report) -> [String] {
        var lines = ["## Sign-off", ""]
        lines.append("Verdict: **\(report.verdict.headline)**")
        lines.append("")
        lines.append("### Required items")
        lines.append("")
        lines.append("| Rule | Status | Title |")
        lines.append("|---|---|---|")
        for finding in report.findings where finding.rule.level == .required {
            lines.append("| `\(finding.rule.id)` | \(icon(for: finding.status)) \(finding.status.word) | \(tableCell(finding.rule.title)) |")
        }
        lines.append("")
        let open = report.findings.filter { $0.status == .manual }
        lines.append("### Open manual items")
        lines.append("")
        if open.isEmpty {
            lines.append("None: every manual item is attested or not applicable.")
        } else {
            for finding in open {
                lines.append("- [ ] `\(finding.rule.id)` — \(inline(finding.rule.summary))")
            }
        }
        lines.append("")
        lines.append("Reviewed by: ____________________  Date: ____________")
        return lines
    }

    static func verdictSentence(_ report: Report) -> String {
        let count: (Status) -> Int = { status in report.findings.filter { $0.status == status }.count }
        switch report.verdict {
        case .notReady:
            let failing = count(.fail)
            return "\(failing) \(failing == 1 ? "rule fails" : "rules fail"); the deployment does not meet the production-readiness checklist."
        case .atRisk:
            let open = [(count(.atRisk), "at risk"), (count(.unverified), "unverified"), (count(.manual), "awaiting sign-off")]
                .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
            return "no rule fails, but " + ListWording.joined(open) + "."
        case .ready:
            return "every applicable rule passes or is waived."
        }
    }

    static func needsRemediation(_ status: Status) -> Bool {
        [.fail, .atRisk, .unverified, .manual, .waived].contains(status)
    }

    static func describe(_ evidence: Evidence) -> String {
        var text: String
        switch evidence.source {
        case .values(let location):
            let path = evidence.path.map { "`\(escapeCode($0))`" } ?? ""
            if location.isChartDefault {
                text = "\(path) (chart default)"
            } else {
                text = "`\(escapeCode(location.description))` \(path)"
            }
        case .cluster(let object, let file):
            text = "`\(escapeCode(object))` in `\(escapeCode(file))`"
        case .derived:
            text = evidence.path.map { "`\(escapeCode($0))`" } ?? ""
        }
        if let detail = evidence.detail {
            text += text.isEmpty ? inline(detail) : ": \(inline(detail))"
        }
        return text.trimmingSpaces()
    }

    static func describe(_ decision: Decision) -> String {
        switch decision {
        case .waived(let reason, let owner, let expires, let original):
            return "waived (was \(original.word)) by \(inline(owner)) until \(expires): \(inline(reason))"
        case .waiverExpired(let reason, let owner, let expires):
            return "a waiver by \(inline(owner)) expired on \(expires) and no longer applies (\(inline(reason)))"
        case .attested(let by, let date, let evidence):
            return "attested by \(inline(by)) on \(date)" + (evidence.map { " — \(inline($0))" } ?? "")
        }
    }

    static func icon(for status: Status) -> String {
        switch status {
        case .pass: return "✅"
        case .fail: return "❌"
        case .atRisk: return "⚠️"
        case .unverified: return "❔"
        case .manual: return "📝"
        case .notApplicable: return "➖"
        case .waived: return "🔕"
        }
    }

    static func icon(for verdict: Verdict) -> String {
        switch verdict {
        case .notReady: return "❌"
        case .atRisk: return "⚠️"
        case .ready: return "✅"
        }
    }

    /// Text from inputs (messages, reasons) placed inline: no line breaks, no HTML.
    static func inline(_ text: String) -> String {
        oneLine(text).replacingAll("<", with: "&lt;").replacingAll(">", with: "&gt;")
    }

    /// Line breaks (LF, CR, CRLF — one Character in Swift — and other
    /// vertical whitespace) become spaces, at the scalar level.
    static func oneLine(_ text: String) -> String {
        // Nearly every text is ASCII without a line break, and comes back as it is
        // (looking up Unicode properties scalar by scalar was most of the markdown report's time).
        if text.utf8.allSatisfy({ $0 < 0x80 && !(0x0A...0x0D).contains($0) }) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.replacingAll("\r\n", with: "\n").unicodeScalars {
            let breaksLine = scalar.value < 0x80 ? (0x0A...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            result.append(breaksLine ? " " : scalar)
        }
        return String(result)
    }

    static func tableCell(_ text: String) -> String {
        inline(text).replacingAll("|", with: "\\|")
    }

    static func escapeCode(_ text: String) -> String {
        oneLine(text).replacingAll("`", with: "'")
    }
}

/// "a", "a and b", "a, b and c".
enum ListWording {
    static func joined(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}

extension String {
    /// Replaces whole-Character matches of `target`; text without `target`'s
    /// first byte cannot contain it and comes back without a search.
    func replacingAll(_ target: String, with replacement: String) -> String {
        if let first = target.utf8.first, !utf8.contains(first) { return self }
        return replacing(target, with: replacement)
    }

    func trimmingSpaces() -> String {
        // ASCII (nearly always): a space byte is always a Character of its own.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = utf8
            guard let first = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
            let last = bytes.lastIndex(where: { $0 != UInt8(ascii: " ") })!
            if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return self }
            return String(self[first...last])
        }
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
