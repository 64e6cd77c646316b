/// The JSON report, exactly as CLI.md specifies: stable keys in a stable
/// order, findings in catalog order. Additions (documented in docs/report-json.md):
/// `decision` on a finding changed by a waiver or attestation, and `warnings`.
public enum JSONReportRenderer {
    public static func render(_ report: Report) -> String {
        var members: [(String, JSONValue)] = [
            ("schemaVersion", .int(1)),
            ("tool", .object([("name", .string(LSReady.name)), ("version", .string(LSReady.version))])),
            ("profile", .string(report.profile.rawValue)),
            ("platform", .string(report.platform.rawValue)),
            ("chartVersion", .string(report.chartVersion)),
            ("verdict", .string(report.verdict.rawValue)),
            ("summary", .object(report.summary.map { ($0.status.word, .int($0.count)) })),
            ("inputs", .array(report.inputs.map { input in
                .object([("path", .string(input.path)), ("kind", .string(input.kind.rawValue))])
            })),
            ("findings", .array(report.findings.map(finding))),
        ]
        if !report.warnings.isEmpty {
            members.append(("warnings", .array(report.warnings.map(JSONValue.string))))
        }
        return JSONValue.object(members).rendered() + "\n"
    }

    static func finding(_ finding: Finding) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(finding.rule.id)),
            ("section", .object([("number", .int(finding.rule.section.number)), ("title", .string(finding.rule.section.title))])),
            ("title", .string(finding.rule.title)),
            ("level", .string(finding.rule.level.rawValue)),
            ("status", .string(finding.status.word)),
            ("message", .string(finding.message)),
            ("evidence", .array(finding.evidence.map(evidence))),
            ("remediation", .string(finding.remediation)),
        ]
        if let decision = finding.decision {
            members.append(("decision", self.decision(decision)))
        }
        return .object(members)
    }

    static func evidence(_ evidence: Evidence) -> JSONValue {
        var members: [(String, JSONValue)] = []
        switch evidence.source {
        case .values(let location):
            if location.isChartDefault {
                members.append(("source", .string("chart default")))
            } else if location.hasPosition {
                members.append(("file", .string(location.file)))
                members.append(("line", .int(location.line)))
                members.append(("column", .int(location.column)))
            } else {
                members.append(("source", .string(location.file)))
            }
        case .cluster(let object, let file):
            members.append(("object", .string(object)))
            members.append(("file", .string(file)))
        case .derived:
            break
        }
        if let path = evidence.path { members.append(("path", .string(path))) }
        if let detail = evidence.detail { members.append(("detail", .string(detail))) }
        return .object(members)
    }

    static func decision(_ decision: Decision) -> JSONValue {
        switch decision {
        case .waived(let reason, let owner, let expires, let original):
            return .object([("kind", .string("waiver")), ("reason", .string(reason)), ("owner", .string(owner)),
                            ("expires", .string(expires)), ("originalStatus", .string(original.word))])
        case .waiverExpired(let reason, let owner, let expires):
            return .object([("kind", .string("expired-waiver")), ("reason", .string(reason)), ("owner", .string(owner)),
                            ("expires", .string(expires))])
        case .attested(let by, let date, let evidence):
            var members: [(String, JSONValue)] = [("kind", .string("attestation")), ("by", .string(by)), ("date", .string(date))]
            if let evidence { members.append(("evidence", .string(evidence))) }
            return .object(members)
        }
    }
}
