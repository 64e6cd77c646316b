@testable import LSReadyCore

/// A deterministic JSON rendering of a loaded node for golden files: keys in
/// document order, two-space indentation, whole numbers without a fraction.
enum CanonicalJSON {
    static func render(_ node: Node) -> String {
        var text = ""
        write(node, indent: "", into: &text)
        return text + "\n"
    }

    private static func write(_ node: Node, indent: String, into text: inout String) {
        switch node.value {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .number(let number): text += format(number)
        case .string(let string): text += quote(string)
        case .sequence(let items):
            if items.isEmpty { text += "[]"; return }
            text += "[\n"
            for (index, item) in items.enumerated() {
                text += indent + "  "
                write(item, indent: indent + "  ", into: &text)
                text += index == items.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .mapping(let entries):
            if entries.isEmpty { text += "{}"; return }
            text += "{\n"
            for (index, entry) in entries.enumerated() {
                text += indent + "  " + quote(entry.key) + ": "
                write(entry.value, indent: indent + "  ", into: &text)
                text += index == entries.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        }
    }

    static func format(_ number: Double) -> String {
        if number == number.rounded() && abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    static func quote(_ string: String) -> String {
        var text = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text + "\""
    }
}
