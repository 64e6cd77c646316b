/// `lsready rules`: the catalog as a table or as JSON.
public enum RuleCatalogRenderer {
    public static func text(_ rules: [RuleMetadata]) -> String {
        let idWidth = rules.map(\.id.count).max() ?? 0
        var lines: [String] = []
        for rule in rules {
            let id = rule.id.padding(to: idWidth)
            let section = "\(rule.section.number)".padding(to: 3)
            let level = rule.level.rawValue.padding(to: 12)
            let evidence = rule.evidence.description.padding(to: 16)
            lines.append("\(id)  \(section)\(level)\(evidence)\(rule.title)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ rules: [RuleMetadata]) -> String {
        let items: [JSONValue] = rules.map { rule in
            .object([
                ("id", .string(rule.id)),
                ("section", .object([("number", .int(rule.section.number)), ("title", .string(rule.section.title))])),
                ("level", .string(rule.level.rawValue)),
                ("evidence", .array(evidenceWords(rule.evidence).map(JSONValue.string))),
                ("productionOnly", .bool(rule.productionOnly)),
                ("eksOnly", .bool(rule.eksOnly)),
                ("title", .string(rule.title)),
                ("summary", .string(rule.summary)),
            ])
        }
        return JSONValue.array(items).rendered() + "\n"
    }

    static func evidenceWords(_ evidence: EvidenceKinds) -> [String] {
        var words: [String] = []
        if evidence.contains(.values) { words.append("values") }
        if evidence.contains(.cluster) { words.append("cluster") }
        if words.isEmpty { words.append("sign-off") }
        return words
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
