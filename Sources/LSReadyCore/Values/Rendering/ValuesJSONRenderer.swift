/// `lsready values` as JSON: 2-space indented, keys sorted by their UTF-8
/// bytes as Go's `encoding/json` sorts map keys, numbers printed as Go
/// prints Helm's float64 values. Unlike `helm get values -o json`, `<`, `>`
/// and `&` are not HTML-escaped: this output is read by people and `jq`,
/// and connection URLs stay legible.
public enum ValuesJSONRenderer {
    public static func render(_ values: Node) -> String {
        var output = ""
        write(values, indent: "", to: &output)
        output += "\n"
        return output
    }

    private static func write(_ node: Node, indent: String, to output: inout String) {
        switch node.value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += GoNumberFormat.json(number)
        case .string(let text): output += quoted(text)
        case .sequence(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "[\n"
            let inner = indent + "  "
            for (position, item) in items.enumerated() {
                output += inner
                write(item, indent: inner, to: &output)
                output += position == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .mapping:
            let entries = node.sortedEntriesByBytes
            guard !entries.isEmpty else { output += "{}"; return }
            output += "{\n"
            let inner = indent + "  "
            for (position, entry) in entries.enumerated() {
                output += inner + quoted(entry.key) + ": "
                write(entry.value, indent: inner, to: &output)
                output += position == entries.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    /// A JSON string literal, escaped as Go does (minus the HTML escapes).
    public static func quoted(_ text: String) -> String {
        JSONValue.quoted(text)
    }
}

extension Node {
    /// Mapping entries sorted by the UTF-8 bytes of their keys (Go's
    /// `encoding/json` order); empty for a non-mapping.
    var sortedEntriesByBytes: [Entry] {
        (entries ?? []).sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }
}
