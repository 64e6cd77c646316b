/// A strict RFC 8259 JSON reader over UTF-8 bytes, producing the same `Node`
/// model as YAML, with positions. Numbers become Doubles (as in Helm);
/// duplicate keys: the last wins. A leading BOM is accepted.
public enum JSONReader {
    /// Exactly one JSON value (surrounded by optional whitespace).
    public static func parse(_ bytes: [UInt8], file: String, limits: ReaderLimits = .standard) throws -> Node {
        var values = try parseSequence(bytes, file: file, limits: limits)
        guard values.count == 1 else {
            if values.isEmpty {
                throw InputError(.syntax, "expected a JSON value, found end of file",
                                 at: SourceLocation(file: file, line: 1, column: 1),
                                 hint: "the file is empty")
            }
            let second = values[1].location
            throw InputError(.syntax, "expected end of file after the JSON value", at: second)
        }
        return values.removeFirst()
    }

    /// Zero or more JSON values one after another, separated by whitespace
    /// (what `kubectl get -o json` prints when run several times into one file).
    public static func parseSequence(_ bytes: [UInt8], file: String, limits: ReaderLimits = .standard) throws -> [Node] {
        guard bytes.count <= limits.maxInputBytes else {
            throw InputError(.sizeLimit, "input is \(bytes.count) bytes, over the limit of \(limits.maxInputBytes)",
                             at: .file(file))
        }
        return try bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(bytes: buffer, file: file, maxDepth: limits.maxDepth, limits: limits)
            return try scanner.parseAll(maxValues: limits.maxDocuments)
        }
    }

    /// True when the first non-whitespace byte opens a JSON object or array:
    /// the cue that a file should be read as JSON rather than YAML.
    public static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { looksLikeJSON($0) }
    }

    public static func looksLikeJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count {
            switch bytes[index] {
            case JSONByte.space, JSONByte.tab, JSONByte.newline, JSONByte.carriageReturn: index += 1
            case JSONByte.openBrace, JSONByte.openBracket: return true
            default: return false
            }
        }
        return false
    }
}

enum JSONByte {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let quote: UInt8 = 0x22
    static let backslash: UInt8 = 0x5C
    static let slash: UInt8 = 0x2F
    static let comma: UInt8 = 0x2C
    static let colon: UInt8 = 0x3A
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D
    static let openBracket: UInt8 = 0x5B
    static let closeBracket: UInt8 = 0x5D
    static let minus: UInt8 = 0x2D
    static let plus: UInt8 = 0x2B
    static let dot: UInt8 = 0x2E
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let lowerE: UInt8 = 0x65
    static let upperE: UInt8 = 0x45
}
