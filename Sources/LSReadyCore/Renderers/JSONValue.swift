/// An ordered JSON value for writing reports: keys keep the order they are
/// given in, so that reports diff cleanly.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number that is not an integer (or too large for one), written in its shortest form.
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// Pretty-printed with two-space indentation, ending without a newline.
    public func rendered(indent: String = "") -> String {
        var writer = JSONBytes(indent: Array(indent.utf8))
        writer.write(self, depth: 0)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// A JSON string literal, escaped as Go's encoding/json does without its
    /// HTML escapes: `\" \\ \n \r \t`, other control characters and U+2028/U+2029
    /// as `\u00XX`; everything else kept as UTF-8. One escaper for every JSON we write.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        JSONBytes.appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Writes JSON as UTF-8 bytes: a report is most of `lsready audit --format
/// json`'s output, and appending to a `String` scalar by scalar cost a tenth
/// of a small audit.
struct JSONBytes {
    var bytes: [UInt8] = []
    /// Written at the start of every line after the first, before the nesting's two spaces a level.
    let indent: [UInt8]

    init(indent: [UInt8]) {
        self.indent = indent
        bytes.reserveCapacity(1 << 14)
    }

    mutating func write(_ value: JSONValue, depth: Int) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .int(let number): append(String(number))
        case .number(let number): append(number.isFinite ? number.description : "null")
        case .string(let text): Self.appendQuoted(text, to: &bytes)
        case .array(let items):
            if items.isEmpty { append("[]"); return }
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                newline(depth: depth + 1)
                write(item, depth: depth + 1)
                if index < items.count - 1 { bytes.append(UInt8(ascii: ",")) }
            }
            newline(depth: depth)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { append("{}"); return }
            bytes.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                newline(depth: depth + 1)
                Self.appendQuoted(key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                bytes.append(UInt8(ascii: " "))
                write(value, depth: depth + 1)
                if index < members.count - 1 { bytes.append(UInt8(ascii: ",")) }
            }
            newline(depth: depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func newline(depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: indent)
        for _ in 0..<depth {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Copies runs of plain bytes whole; stops only at `"`, `\\`, control
    /// characters and 0xE2 (the lead byte of U+2028 and U+2029).
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(quote)
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte >= 0x20 && byte != quote && byte != backslash && byte != 0xE2 {
                    index += 1
                    continue
                }
                var escape: StaticString?
                switch byte {
                case quote: escape = "\\\""
                case backslash: escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0xE2:
                    // U+2028 is E2 80 A8, U+2029 is E2 80 A9; any other E2 sequence is plain.
                    if index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9) {
                        escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    } else {
                        index += 1
                        continue
                    }
                default: break
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                if let escape {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                    index += byte == 0xE2 ? 3 : 1
                } else {
                    bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
                    index += 1
                }
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(quote)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
