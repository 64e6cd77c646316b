/// `lsready explain RULE-ID`: one rule's documentation, from its metadata.
public enum RuleDocumentation {
    public static func render(_ rule: RuleMetadata) -> String {
        var lines: [String] = []
        lines.append("\(rule.id) — \(rule.title)")
        lines.append("Section \(rule.section.number) (\(rule.section.title)) · \(ChecklistDocument.qualifiers(rule))")
        lines.append("")
        lines.append("What it checks")
        lines.append(indented(rule.summary))
        lines.append("")
        lines.append("Why it matters")
        lines.append(indented(rule.rationale))
        if let notes = rule.notes {
            lines.append("")
            lines.append("How it is judged")
            lines.append(indented(notes))
        }
        lines.append("")
        lines.append("How to fix")
        lines.append(indented(rule.remediation))
        for example in rule.examples {
            lines.append("")
            lines.append("Example (\(example.expected.word)): \(example.name)")
            if example.options != AuditOptions() {
                lines.append("  options: " + describe(example.options))
            }
            if let values = example.values {
                lines.append("  values.yaml:")
                lines.append(indented(values, by: "    "))
            }
            if let cluster = example.cluster {
                lines.append("  cluster.yaml:")
                lines.append(indented(cluster, by: "    "))
            }
            for rule in example.attested {
                lines.append("  attested: \(rule)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ options: AuditOptions) -> String {
        var parts: [String] = []
        if options.profile != .production { parts.append("--profile \(options.profile.rawValue)") }
        if options.platform != .auto { parts.append("--platform \(options.platform.rawValue)") }
        if let version = options.chartVersion { parts.append("--chart-version \(version)") }
        if options.maxPayloadBytes != AuditOptions.defaultMaxPayloadBytes { parts.append("--max-payload \(options.maxPayloadBytes)") }
        return parts.joined(separator: " ")
    }

    static func indented(_ text: String, by prefix: String = "  ") -> String {
        var body = Substring(text)
        while body.last == "\n" { body = body.dropLast() }
        return body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : prefix + $0 }
            .joined(separator: "\n")
    }
}
