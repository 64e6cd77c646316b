/// Writes `GenValue`s as kubectl prints them: `-o json` (4-space indent) or
/// `-o yaml` (2-space indent, list items at their key's indentation, strings
/// quoted when YAML would read them as something else).
public struct DumpWriter {
    public enum Format: String, Sendable, CaseIterable { case json, yaml }

    public let format: Format
    public private(set) var bytes: [UInt8] = []

    public init(format: Format, reservingCapacity capacity: Int = 1 << 20) {
        self.format = format
        bytes.reserveCapacity(capacity)
    }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    // MARK: JSON

    /// One value at the given indentation (the caller wrote the indentation of its first line).
    public mutating func json(_ value: GenValue, indent: Int) {
        switch value {
        case .string(let text): jsonString(text)
        case .int(let number): append(String(number))
        case .bool(let flag): append(flag ? "true" : "false")
        case .null: append("null")
        case .map(let entries):
            if entries.isEmpty { append("{}"); return }
            append("{\n")
            for (index, (key, child)) in entries.enumerated() {
                spaces(indent + 4)
                jsonString(key)
                append(": ")
                json(child, indent: indent + 4)
                append(index == entries.count - 1 ? "\n" : ",\n")
            }
            spaces(indent)
            append("}")
        case .list(let items):
            if items.isEmpty { append("[]"); return }
            append("[\n")
            for (index, item) in items.enumerated() {
                spaces(indent + 4)
                json(item, indent: indent + 4)
                append(index == items.count - 1 ? "\n" : ",\n")
            }
            spaces(indent)
            append("]")
        }
    }

    mutating func spaces(_ count: Int) {
        for _ in 0..<count { bytes.append(0x20) }
    }

    mutating func jsonString(_ text: String) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x09: append("\\t")
            case 0x00..<0x20: append("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16))
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    // MARK: YAML

    /// The entries of a map at `indent`; the first line's indentation is written by the caller when `first` is false.
    public mutating func yamlMapEntries(_ entries: [(String, GenValue)], indent: Int, firstIndented: Bool) {
        for (index, (key, child)) in entries.enumerated() {
            if index > 0 || firstIndented { spaces(indent) }
            yamlScalar(key)
            append(":")
            yamlValue(child, indent: indent, afterKey: true)
        }
    }

    /// A value after `key:` (or after `- `): scalars inline, collections on the next lines.
    mutating func yamlValue(_ value: GenValue, indent: Int, afterKey: Bool) {
        switch value {
        case .map(let entries) where !entries.isEmpty:
            if afterKey {
                append("\n")
                yamlMapEntries(entries, indent: indent + 2, firstIndented: true)
            } else {
                yamlMapEntries(entries, indent: indent + 2, firstIndented: false)
            }
        case .list(let items) where !items.isEmpty:
            if afterKey { append("\n") }
            for (index, item) in items.enumerated() {
                // kubectl writes a map's list at the key's own indentation.
                if index > 0 || afterKey { spaces(indent) }
                append("- ")
                yamlValue(item, indent: indent, afterKey: false)
            }
        default:
            if afterKey { append(" ") }
            switch value {
            case .string(let text): yamlScalar(text)
            case .int(let number): append(String(number))
            case .bool(let flag): append(flag ? "true" : "false")
            case .null: append("null")
            case .map: append("{}")
            case .list: append("[]")
            }
            append("\n")
        }
    }

    mutating func yamlScalar(_ text: String) {
        if Self.isPlainSafe(text) { append(text) } else { jsonString(text) }
    }

    static let specialWords: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
        "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
        "~", "null", "Null", "NULL", "<<", "=",
    ]

    /// Plain when YAML (go-yaml v2 rules) reads the text back as the same string.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.utf8.first, !specialWords.contains(text) else { return false }
        if first >= 0x30 && first <= 0x39 || first == 0x2D || first == 0x2B || first == 0x2E { return false }
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x2F: continue
            default: return false
            }
        }
        return true
    }
}
