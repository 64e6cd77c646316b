/// SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps,
/// GitLab): one `reportingDescriptor` per rule and one result per finding
/// that is not a pass. Values evidence with a file position becomes a
/// `physicalLocation`, so the alert sits on the exact line of the values
/// file; cluster evidence becomes a `logicalLocation` naming the object.
/// Chart defaults, `--set` and derived facts have no file line: they get no
/// location (their text is in the message).
///
/// A waived finding is a result with an external `suppression` carrying the
/// waiver's reason, so that code scanning shows it as dismissed rather than
/// losing the record.
public enum SARIFReportRenderer {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// GitHub shows at most this many locations per result.
    static let maxLocations = 10

    public static func render(_ report: Report, paths: ReportPaths = ReportPaths()) -> String {
        let rules = report.findings.map(\.rule)
        let results = report.findings.enumerated().compactMap { index, finding in
            result(finding, ruleIndex: index, paths: paths)
        }
        let driver: JSONValue = .object([
            ("name", .string(LSReady.name)),
            ("version", .string(LSReady.version)),
            ("semanticVersion", .string(LSReady.version)),
            ("rules", .array(rules.map(descriptor))),
        ])
        let run: JSONValue = .object([
            ("tool", .object([("driver", driver)])),
            ("automationDetails", .object([("id", .string("lsready/\(report.profile.rawValue)/"))])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
            ("properties", .object([
                ("verdict", .string(report.verdict.rawValue)),
                ("profile", .string(report.profile.rawValue)),
                ("platform", .string(report.platform.rawValue)),
                ("chartVersion", .string(report.chartVersion)),
                ("summary", .object(report.summary.map { ($0.status.word, .int($0.count)) })),
            ])),
        ])
        return JSONValue.object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).rendered() + "\n"
    }

    /// `required` → error, `recommended` → warning, `manual`/`info` → note.
    public static func defaultLevel(_ level: Level) -> String {
        switch level {
        case .required: return "error"
        case .recommended: return "warning"
        case .manual, .info: return "note"
        }
    }

    /// fail → error, at-risk/unverified → warning, manual → note; nil for a status that is no result.
    public static func level(_ status: Status) -> String? {
        switch status {
        case .fail: return "error"
        case .atRisk, .unverified: return "warning"
        case .manual: return "note"
        case .pass, .notApplicable, .waived: return nil
        }
    }

    static func descriptor(_ rule: RuleMetadata) -> JSONValue {
        let helpText = "\(rule.rationale)\n\nHow to fix: \(rule.remediation)\n\nMore: lsready explain \(rule.id)"
        let helpMarkdown = "**Why it matters.** \(rule.rationale)\n\n**How to fix.** \(rule.remediation)\n\nMore: `lsready explain \(rule.id)`"
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(name(of: rule.id))),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(rule.summary))])),
            ("help", .object([("text", .string(helpText)), ("markdown", .string(helpMarkdown))])),
            ("defaultConfiguration", .object([("level", .string(defaultLevel(rule.level)))])),
            ("properties", .object([
                ("tags", .array([.string("lsready"), .string(rule.level.rawValue), .string(rule.section.title)])),
                ("section", .string("\(rule.section.number). \(rule.section.title)")),
                ("level", .string(rule.level.rawValue)),
            ])),
        ])
    }

    /// `clickhouse.pvc-bound` → `ClickhousePvcBound`: SARIF's identifier-like name.
    static func name(of id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    static func result(_ finding: Finding, ruleIndex: Int, paths: ReportPaths) -> JSONValue? {
        let status: Status
        if finding.status == .waived, case .waived(_, _, _, let original)? = finding.decision {
            status = original
        } else {
            status = finding.status
        }
        guard let level = level(status) else { return nil }
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(finding.rule.id)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(level)),
            ("message", .object([("text", .string("\(finding.status.word): \(finding.message)"))])),
        ]
        let located = locations(finding, paths: paths)
        if !located.isEmpty {
            members.append(("locations", .array(Array(located.prefix(maxLocations)))))
        }
        if located.count > maxLocations {
            members.append(("relatedLocations", .array(located.dropFirst(maxLocations).enumerated().map { offset, location in
                guard case .object(var fields) = location else { return location }
                fields.insert(("id", .int(offset + 1)), at: 0)
                return .object(fields)
            })))
        }
        if case .waived(let reason, let owner, let expires, _)? = finding.decision {
            members.append(("suppressions", .array([.object([
                ("kind", .string("external")),
                ("status", .string("accepted")),
                ("justification", .string("\(reason) (owner \(owner), expires \(expires))")),
            ])])))
        }
        var properties: [(String, JSONValue)] = [("status", .string(finding.status.word))]
        if let decision = finding.decision {
            properties.append(("decision", JSONReportRenderer.decision(decision)))
        }
        members.append(("properties", .object(properties)))
        return .object(members)
    }

    /// One location per evidence that has a file position or names a cluster object.
    static func locations(_ finding: Finding, paths: ReportPaths) -> [JSONValue] {
        var seen = Set<String>()
        var locations: [JSONValue] = []
        for evidence in finding.evidence {
            let description = [evidence.path, evidence.detail].compactMap { $0 }.joined(separator: ": ")
            var members: [(String, JSONValue)] = []
            if let position = ReportPaths.filePosition(of: evidence) {
                let key = "\(paths.relative(position.file)):\(position.line):\(position.column)"
                guard seen.insert(key).inserted else { continue }
                let uri = paths.uri(position.file)
                // A base id applies to relative references only; a file outside the checkout keeps its file:// URI.
                var artifact: [(String, JSONValue)] = [("uri", .string(uri))]
                if !uri.hasPrefix("file:") { artifact.append(("uriBaseId", .string("%SRCROOT%"))) }
                members.append(("physicalLocation", .object([
                    ("artifactLocation", .object(artifact)),
                    ("region", .object([("startLine", .int(position.line)), ("startColumn", .int(max(1, position.column)))])),
                ])))
            } else if case .cluster(let object, let file) = evidence.source {
                guard seen.insert("\(file)#\(object)").inserted else { continue }
                members.append(("logicalLocations", .array([.object([
                    ("name", .string(object)),
                    ("fullyQualifiedName", .string("\(paths.relative(file))#\(object)")),
                    ("kind", .string("resource")),
                ])])))
            } else {
                continue
            }
            if !description.isEmpty {
                members.append(("message", .object([("text", .string(description))])))
            }
            locations.append(.object(members))
        }
        return locations
    }
}
