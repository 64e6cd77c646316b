import Foundation

/// A scalar as go-yaml v2 resolves it into `interface{}`, before
/// sigs.k8s.io/yaml turns it into JSON: the Go type matters for keys
/// (`1:` is "1", `1.0:` is "1", a uint64 key is an error).
enum HelmScalar: Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    /// Only for integers above Int64.max.
    case uint(UInt64)
    case float(Double)
    case string(String)
}

/// go-yaml v2's resolver (resolve.go) and scalar decoding (decode.go:411-484), exactly.
enum HelmScalarResolver {
    static let yamlTagPrefix = "tag:yaml.org,2002:"
    static let strTag = yamlTagPrefix + "str"
    static let boolTag = yamlTagPrefix + "bool"
    static let intTag = yamlTagPrefix + "int"
    static let floatTag = yamlTagPrefix + "float"
    static let timestampTag = yamlTagPrefix + "timestamp"
    static let binaryTag = yamlTagPrefix + "binary"
    static let mergeTag = yamlTagPrefix + "merge"

    /// resolve.go's exact-match table: no other spellings.
    static let exactMatches: [String: HelmScalar] = {
        var table: [String: HelmScalar] = [:]
        for word in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { table[word] = .bool(true) }
        for word in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] { table[word] = .bool(false) }
        for word in ["", "~", "null", "Null", "NULL"] { table[word] = .null }
        for word in [".nan", ".NaN", ".NAN"] { table[word] = .float(.nan) }
        for word in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { table[word] = .float(.infinity) }
        for word in ["-.inf", "-.Inf", "-.INF"] { table[word] = .float(-.infinity) }
        return table
    }()

    /// Resolves one scalar node's text, given its tag and style.
    static func resolve(_ text: String, style: YAMLNode.ScalarStyle, tag: String?, at location: SourceLocation) throws -> HelmScalar {
        guard let tag else {
            // Only plain, untagged scalars are resolved; quoted and block scalars are strings.
            return style == .plain ? resolveImplicit(text) : .string(text)
        }
        switch tag {
        case strTag:
            return .string(text)
        case binaryTag:
            return .string(try decodeBase64(text, at: location))
        case boolTag, intTag, floatTag, timestampTag:
            return try resolveExplicit(text, tag: tag, at: location)
        default:
            // Custom and local tags (and !!null, !!merge, `!`) are not resolvable in go-yaml v2: the raw text stays.
            return .string(text)
        }
    }

    /// A standard tag resolves the text and insists on the result's type
    /// (an int is accepted as a float).
    private static func resolveExplicit(_ text: String, tag: String, at location: SourceLocation) throws -> HelmScalar {
        if tag == timestampTag {
            if looksLikeTimestamp(text) { return .string(text) }
        }
        let resolved = resolveImplicit(text)
        switch (tag, resolved) {
        case (boolTag, .bool), (intTag, .int), (intTag, .uint), (floatTag, .float):
            return resolved
        case (floatTag, .int(let value)):
            return .float(Double(value))
        default:
            let short = "!!" + tag.dropFirst(yamlTagPrefix.count)
            throw InputError(.unsupportedValue, "cannot decode this \(kindName(resolved)) as a \(short)", at: location,
                             hint: "remove the \(short) tag or fix the value")
        }
    }

    private static func kindName(_ scalar: HelmScalar) -> String {
        switch scalar {
        case .null: return "null"
        case .bool: return "boolean"
        case .int, .uint: return "integer"
        case .float: return "float"
        case .string: return "string"
        }
    }

    /// go-yaml's check that only lets `2001-12-14`-like text try the timestamp formats.
    private static func looksLikeTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count > 4 && bytes[0..<4].allSatisfy(Byte.isDecimalDigit) && bytes[4] == Byte.minus
    }

    /// The longest text in `exactMatches`: a longer one is not looked up (hashing every key and value cost).
    private static let longestExactMatch = exactMatches.keys.map(\.utf8.count).max() ?? 0

    private static func exactMatch(_ text: String) -> HelmScalar? {
        text.utf8.count <= longestExactMatch ? exactMatches[text] : nil
    }

    /// A plain untagged scalar: dispatch on the first byte as resolve.go does.
    static func resolveImplicit(_ text: String) -> HelmScalar {
        let utf8 = text.utf8
        guard let first = utf8.first else { return .null }
        switch first {
        case Byte.plus, Byte.minus, Byte.zero...Byte.nine:
            if let match = exactMatch(text) { return match }
            return resolveNumber(text) ?? .string(text)
        case Byte.dot:
            if let match = exactMatch(text) { return match }
            // Not in the table: maybe a float like `.5` (strconv.ParseFloat).
            if matchesFloat(Array(utf8)), let value = Double(text), value.isFinite { return .float(value) }
            return .string(text)
        case 0x79, 0x59, 0x6E, 0x4E, 0x74, 0x54, 0x66, 0x46, 0x6F, 0x4F, Byte.tilde: // y Y n N t T f F o O ~
            return exactMatch(text) ?? .string(text)
        default:
            return .string(text)
        }
    }

    /// Integers (Go's ParseInt with base 0, then ParseUint), then the float regex.
    private static func resolveNumber(_ text: String) -> HelmScalar? {
        let plain = Array(text.utf8.filter { $0 != Byte.underscore })
        if let value = GoIntegerParser.parseInt(plain) { return .int(value) }
        if let value = GoIntegerParser.parseUnsigned(plain) { return .uint(value) }
        if matchesFloat(plain) {
            guard let value = Double(String(decoding: plain, as: UTF8.self)), value.isFinite else {
                // Out of range (`1e400`): ParseFloat fails and the text stays a string.
                return nil
            }
            return .float(value)
        }
        return nil
    }

    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
    static func matchesFloat(_ bytes: [UInt8]) -> Bool {
        var index = 0
        let count = bytes.count
        if index < count && (bytes[index] == Byte.plus || bytes[index] == Byte.minus) { index += 1 }
        func digits() -> Int {
            let start = index
            while index < count && Byte.isDecimalDigit(bytes[index]) { index += 1 }
            return index - start
        }
        if index < count && bytes[index] == Byte.dot {
            index += 1
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if index < count && bytes[index] == Byte.dot {
                index += 1
                _ = digits()
            }
        }
        if index < count && (bytes[index] == 0x65 || bytes[index] == 0x45) {
            index += 1
            if index < count && (bytes[index] == Byte.plus || bytes[index] == Byte.minus) { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == count
    }

    /// Go's `base64.StdEncoding.DecodeString`, which skips line breaks.
    private static func decodeBase64(_ text: String, at location: SourceLocation) throws -> String {
        let cleaned = text.filter { $0 != "\n" && $0 != "\r" }
        guard let data = Data(base64Encoded: cleaned) else {
            throw InputError(.unsupportedValue, "!!binary value contains invalid base64 data", at: location)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
