/// `lsready values --explain`: one line per leaf, `path = value  (origin)`,
/// in the JSON output's order, so a reader can see which file, line and
/// column (or chart default, or `--set`) decided each value.
public enum ValuesExplainRenderer {
    public static func render(_ values: Node) -> String {
        var lines: [String] = []
        collect(values, path: "", into: &lines)
        return lines.map { $0 + "\n" }.joined()
    }

    private static func collect(_ node: Node, path: String, into lines: inout [String]) {
        switch node.value {
        case .mapping(let entries) where !entries.isEmpty:
            for entry in node.sortedEntriesByBytes {
                collect(entry.value, path: join(path, key: entry.key), into: &lines)
            }
        case .sequence(let items) where !items.isEmpty:
            for (index, item) in items.enumerated() {
                collect(item, path: path + "[\(index)]", into: &lines)
            }
        default:
            guard !path.isEmpty else { return }
            lines.append("\(path) = \(leafText(node))  (\(origin(node.location)))")
        }
    }

    /// Dotted keys; a key that a dot path cannot hold is written `["key"]`.
    static func join(_ path: String, key: String) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-" || $0 == "/"
        }
        if plain { return path.isEmpty ? key : path + "." + key }
        return path + "[" + ValuesJSONRenderer.quoted(key) + "]"
    }

    private static func leafText(_ node: Node) -> String {
        switch node.value {
        case .sequence: return "[]"
        case .mapping: return "{}"
        default: return ValuesJSONRenderer.render(node).dropLast().description
        }
    }

    private static func origin(_ location: SourceLocation) -> String {
        location.isChartDefault ? "chart default" : location.description
    }
}
