enum HygieneModelBuilder {
    static func build(userValues: Node?, typedReads: [ValuesReader.TypedRead], snapshot: ChartSnapshot) -> HygieneModel {
        guard let userValues else { return HygieneModel(typeIssues: [], unknownKeys: [], legacyKeys: []) }
        var unknown: [KeyIssue] = []
        var legacy: [KeyIssue] = []
        walkKeys(userValues, prefix: []) { path, location in
            switch snapshot.keyStatus(path) {
            case .known, .freeForm:
                return true
            case .unknown(let suggestion):
                unknown.append(KeyIssue(path: path.joined(separator: "."), location: location, suggestion: suggestion))
                return false
            case .legacy(let replacement):
                legacy.append(KeyIssue(path: path.joined(separator: "."), location: location, suggestion: replacement))
                return false
            }
        }
        return HygieneModel(typeIssues: typeIssues(userValues, typedReads), unknownKeys: unknown, legacyKeys: legacy)
    }

    /// Visits every mapping key of the user values depth-first; `visit`
    /// returns whether to descend (not below an unknown key: one finding is enough).
    static func walkKeys(_ node: Node, prefix: [String], _ visit: ([String], SourceLocation) -> Bool) {
        for entry in node.entries ?? [] {
            let path = prefix + [entry.key]
            if visit(path, entry.keyLocation), entry.value.entries != nil {
                walkKeys(entry.value, prefix: path, visit)
            }
        }
    }

    /// The modeled booleans and integers a user wrote with another YAML type.
    static func typeIssues(_ userValues: Node, _ reads: [ValuesReader.TypedRead]) -> [TypeIssue] {
        var seen = Set<String>()
        var issues: [TypeIssue] = []
        for read in reads where seen.insert(read.path).inserted {
            guard let node = userValues.at(read.path), !node.isNull else { continue }
            switch (read.expected, node.value) {
            case (.boolean, .bool):
                continue
            case (.integer, .number(let number)) where number.rounded() == number:
                continue
            case (.boolean, _):
                issues.append(TypeIssue(path: read.path, location: node.location, expected: "a boolean (true/false)",
                                        found: describe(node)))
            case (.integer, _):
                issues.append(TypeIssue(path: read.path, location: node.location, expected: "an integer",
                                        found: describe(node)))
            }
        }
        return issues
    }

    static func describe(_ node: Node) -> String {
        switch node.value {
        case .string(let text): return "the string \"\(text.count > 20 ? String(text.prefix(20)) + "…" : text)\""
        case .number(let number): return "the number \(NumberText.render(number))"
        default: return node.typeDescription
        }
    }
}
