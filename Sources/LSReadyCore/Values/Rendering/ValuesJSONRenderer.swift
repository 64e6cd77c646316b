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
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    output += "\\u00" + hexByte(scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    private static func hexByte(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}

extension Node {
    /// Mapping entries sorted by the UTF-8 bytes of their keys (Go's
    /// `encoding/json` order); empty for a non-mapping.
    var sortedEntriesByBytes: [Entry] {
        (entries ?? []).sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }
}
