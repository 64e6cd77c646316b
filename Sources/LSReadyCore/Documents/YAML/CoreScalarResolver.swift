import Foundation

/// The YAML 1.2 core schema (spec chapter 10.3): a short list of null,
/// boolean, integer and float spellings; everything else, and every quoted
/// or block scalar, is a string. Standard tags force a type.
enum CoreScalarResolver {
    static func resolve(_ text: String, style: YAMLNode.ScalarStyle, tag: String?, at location: SourceLocation) throws -> Node.Value {
        switch tag {
        case nil:
            return style == .plain ? resolvePlain(text) : .string(text)
        case "!":
            // The non-specific tag of a quoted or plain scalar means "a string".
            return .string(text)
        case HelmScalarResolver.strTag:
            return .string(text)
        case HelmScalarResolver.yamlTagPrefix + "null":
            guard case .null = resolvePlain(text) else { throw mismatch(text, "!!null", location) }
            return .null
        case HelmScalarResolver.boolTag:
            guard case .bool = resolvePlain(text) else { throw mismatch(text, "!!bool", location) }
            return resolvePlain(text)
        case HelmScalarResolver.intTag:
            guard let value = integer(text) else { throw mismatch(text, "!!int", location) }
            return .number(value)
        case HelmScalarResolver.floatTag:
            if let value = integer(text) ?? float(text) { return .number(value) }
            throw mismatch(text, "!!float", location)
        default:
            // Unknown and local tags: the content as text.
            return .string(text)
        }
    }

    static func resolvePlain(_ text: String) -> Node.Value {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let value = integer(text) ?? float(text) { return .number(value) }
        return .string(text)
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    static func integer(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        if bytes.count > 2 && bytes[0] == Byte.zero && (bytes[1] == 0x6F || bytes[1] == 0x78) {
            let radix = bytes[1] == 0x6F ? 8 : 16
            return UInt64(String(decoding: bytes[2...], as: UTF8.self), radix: radix).map { Double($0) }
        }
        var digits = bytes[...]
        if bytes[0] == Byte.plus || bytes[0] == Byte.minus { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy(Byte.isDecimalDigit) else { return nil }
        return Double(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`, `\.(nan|NaN|NAN)`.
    static func float(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        guard HelmScalarResolver.matchesFloat(Array(text.utf8)) else { return nil }
        return Double(text)
    }

    private static func mismatch(_ text: String, _ tag: String, _ location: SourceLocation) -> InputError {
        InputError(.unsupportedValue, "this scalar is not a valid \(tag)", at: location)
    }
}
