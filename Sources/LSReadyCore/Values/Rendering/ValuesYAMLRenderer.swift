/// `lsready values --format yaml`: the values as `helm get values` prints
/// them (go-yaml v2's emitter, reached through `sigs.k8s.io/yaml`): keys in
/// go-yaml order, lists not indented under their key, strings quoted only
/// when plain text would read back differently, multi-line strings as `|`
/// blocks, long lines folded at spaces past column 80.
///
/// Not reproduced: go-yaml writes keys over 128 characters or holding a line
/// break as complex `? ` keys; here they are double-quoted simple keys
/// (the same data).
public enum ValuesYAMLRenderer {
    public static func render(_ values: Node) -> String {
        var emitter = YAMLTextEmitter()
        emitter.emitDocument(values)
        return emitter.output
    }
}

/// The block-style writer, tracking the column as libyaml does (one per
/// Unicode scalar) for line folding.
struct YAMLTextEmitter {
    private(set) var output = ""
    private var column = 0
    static let bestWidth = 80

    mutating func emitDocument(_ node: Node) {
        switch node.value {
        case .mapping(let entries) where !entries.isEmpty:
            emitMapping(node, indent: 0)
        case .sequence(let items) where !items.isEmpty:
            emitSequence(items, indent: 0)
        default:
            emitInline(node, indent: 0)
        }
        if column > 0 { newline() }
    }

    // MARK: Collections

    /// Positioned at `indent` (a fresh line, or after `- `).
    private mutating func emitMapping(_ node: Node, indent: Int) {
        let entries = (node.entries ?? []).sorted { GoYAMLKeyOrder.precedes($0.key, $1.key) }
        for (position, entry) in entries.enumerated() {
            if position > 0 { startLine(indent) }
            emitString(entry.key, indent: indent, isKey: true)
            write(":")
            emitValue(entry.value, mappingIndent: indent)
        }
    }

    private mutating func emitValue(_ node: Node, mappingIndent: Int) {
        switch node.value {
        case .mapping(let entries) where !entries.isEmpty:
            startLine(mappingIndent + 2)
            emitMapping(node, indent: mappingIndent + 2)
        case .sequence(let items) where !items.isEmpty:
            // go-yaml writes a list in a map without extra indentation.
            startLine(mappingIndent)
            emitSequence(items, indent: mappingIndent)
        default:
            write(" ")
            emitInline(node, indent: mappingIndent + 2)
        }
    }

    /// Positioned at `indent`.
    private mutating func emitSequence(_ items: [Node], indent: Int) {
        for (position, item) in items.enumerated() {
            if position > 0 { startLine(indent) }
            write("- ")
            switch item.value {
            case .mapping(let entries) where !entries.isEmpty:
                emitMapping(item, indent: indent + 2)
            case .sequence(let nested) where !nested.isEmpty:
                emitSequence(nested, indent: indent + 2)
            default:
                emitInline(item, indent: indent + 2)
            }
        }
    }

    /// A scalar or an empty collection, on the current line.
    private mutating func emitInline(_ node: Node, indent: Int) {
        switch node.value {
        case .null: write("null")
        case .bool(let flag): write(flag ? "true" : "false")
        case .number(let number): write(GoNumberFormat.yaml(number))
        case .string(let text): emitString(text, indent: indent, isKey: false)
        case .sequence: write("[]")
        case .mapping: write("{}")
        }
    }

    // MARK: Scalars

    private mutating func emitString(_ text: String, indent: Int, isKey: Bool) {
        let scalars = Array(text.unicodeScalars)
        let allowBreaks = !isKey
        switch GoYAMLScalarStyle(for: text, isKey: isKey) {
        case .plain: writePlain(scalars, indent: indent, allowBreaks: allowBreaks)
        case .singleQuoted: writeSingleQuoted(scalars, indent: indent, allowBreaks: allowBreaks)
        case .doubleQuoted: writeDoubleQuoted(scalars, indent: indent, allowBreaks: allowBreaks)
        case .literal: writeLiteral(scalars, indent: indent)
        }
    }

    private mutating func writePlain(_ scalars: [Unicode.Scalar], indent: Int, allowBreaks: Bool) {
        var spaces = false
        for (i, scalar) in scalars.enumerated() {
            if scalar == " " {
                let nextIsSpace = i + 1 < scalars.count && scalars[i + 1] == " "
                if allowBreaks && !spaces && column > Self.bestWidth && !nextIsSpace {
                    startLine(indent)
                } else {
                    write(scalar)
                }
                spaces = true
            } else {
                write(scalar)
                spaces = false
            }
        }
    }

    private mutating func writeSingleQuoted(_ scalars: [Unicode.Scalar], indent: Int, allowBreaks: Bool) {
        write("'")
        var spaces = false
        for (i, scalar) in scalars.enumerated() {
            if scalar == " " {
                let nextIsSpace = i + 1 < scalars.count && scalars[i + 1] == " "
                if allowBreaks && !spaces && column > Self.bestWidth && i > 0 && i < scalars.count - 1 && !nextIsSpace {
                    startLine(indent)
                } else {
                    write(scalar)
                }
                spaces = true
            } else {
                write(scalar)
                if scalar == "'" { write("'") }
                spaces = false
            }
        }
        write("'")
    }

    private mutating func writeDoubleQuoted(_ scalars: [Unicode.Scalar], indent: Int, allowBreaks: Bool) {
        write("\"")
        var spaces = false
        for (i, scalar) in scalars.enumerated() {
            if !ScalarAnalysis.isPrintable(scalar) || scalar.value == 0xFEFF || ScalarAnalysis.isBreak(scalar)
                || scalar == "\"" || scalar == "\\" {
                write(Self.escape(scalar))
                spaces = false
            } else if scalar == " " {
                if allowBreaks && !spaces && column > Self.bestWidth && i != 0 && i != scalars.count - 1 {
                    startLine(indent)
                    if i + 1 < scalars.count && scalars[i + 1] == " " { write("\\") }
                } else {
                    write(scalar)
                }
                spaces = true
            } else {
                write(scalar)
                spaces = false
            }
        }
        write("\"")
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00: return "\\0"
        case 0x07: return "\\a"
        case 0x08: return "\\b"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0B: return "\\v"
        case 0x0C: return "\\f"
        case 0x0D: return "\\r"
        case 0x1B: return "\\e"
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x85: return "\\N"
        case 0xA0: return "\\_"
        case 0x2028: return "\\L"
        case 0x2029: return "\\P"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let (prefix, width) = scalar.value <= 0xFF ? ("\\x", 2) : scalar.value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
            return prefix + String(repeating: "0", count: width - hex.count) + hex
        }
    }

    /// `|` with libyaml's hints: an indentation digit when the text starts
    /// with a space or break, `-` without a final newline, `+` with several.
    private mutating func writeLiteral(_ scalars: [Unicode.Scalar], indent: Int) {
        write("|")
        if let first = scalars.first, first == " " || ScalarAnalysis.isBreak(first) { write("2") }
        if let last = scalars.last, ScalarAnalysis.isBreak(last) {
            if scalars.count == 1 || ScalarAnalysis.isBreak(scalars[scalars.count - 2]) { write("+") }
        } else {
            write("-")
        }
        newline()
        var atLineStart = true
        for scalar in scalars {
            if ScalarAnalysis.isBreak(scalar) {
                newline()
                atLineStart = true
            } else {
                if atLineStart {
                    startLine(indent)
                    atLineStart = false
                }
                write(scalar)
            }
        }
    }

    // MARK: Text

    /// A new line at `indent`, unless already at the start of an empty line
    /// (after a block scalar that ended with its newline).
    private mutating func startLine(_ indent: Int) {
        if column > 0 { newline() }
        output += String(repeating: " ", count: indent)
        column = indent
    }

    private mutating func newline() {
        output += "\n"
        column = 0
    }

    private mutating func write(_ text: String) {
        output += text
        column += text.unicodeScalars.count
    }

    private mutating func write(_ scalar: Unicode.Scalar) {
        output.unicodeScalars.append(scalar)
        column += 1
    }
}
