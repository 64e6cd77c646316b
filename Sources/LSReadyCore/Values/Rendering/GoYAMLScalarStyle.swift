/// The style go-yaml v2 gives a string (encode.go `stringv`, then the
/// emitter's `analyze_scalar` and `select_scalar_style`), in block context.
enum GoYAMLScalarStyle: Equatable {
    case plain, singleQuoted, doubleQuoted, literal

    /// `isKey`: a simple mapping key, where block scalars and line breaks are not allowed.
    init(for text: String, isKey: Bool) {
        let analysis = ScalarAnalysis(text)
        var style: GoYAMLScalarStyle
        if text.contains("\n") {
            style = .literal
        } else if !GoYAMLResolver.readsAsNonString(text) {
            style = .plain
        } else {
            style = .doubleQuoted
        }
        if isKey && analysis.multiline { style = .doubleQuoted }
        if style == .plain && (!analysis.blockPlainAllowed || (text.isEmpty && isKey)) { style = .singleQuoted }
        if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
        if style == .literal && (!analysis.blockAllowed || isKey) { style = .doubleQuoted }
        self = style
    }
}

/// libyaml's `yaml_emitter_analyze_scalar`, over Unicode scalars.
struct ScalarAnalysis {
    var multiline = false
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else {
            blockAllowed = false
            return
        }
        var blockIndicators = false
        var lineBreaks = false
        var specialCharacters = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false
        var previousSpace = false, previousBreak = false
        var precededByWhitespace = true

        if text.hasPrefix("---") || text.hasPrefix("...") { blockIndicators = true }
        for (i, scalar) in scalars.enumerated() {
            let followedByWhitespace = i + 1 >= scalars.count || Self.isBlank(scalars[i + 1])
            if i == 0 {
                switch scalar {
                case "#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
                    blockIndicators = true
                case "?", ":", "-":
                    if followedByWhitespace { blockIndicators = true }
                default: break
                }
            } else {
                switch scalar {
                case ":": if followedByWhitespace { blockIndicators = true }
                case "#": if precededByWhitespace { blockIndicators = true }
                default: break
                }
            }
            if !Self.isPrintable(scalar) { specialCharacters = true }
            if scalar == " " {
                if i == 0 { leadingSpace = true }
                if i == scalars.count - 1 { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if Self.isBreak(scalar) {
                lineBreaks = true
                if i == 0 { leadingBreak = true }
                if i == scalars.count - 1 { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = Self.isBlank(scalar) || Self.isBreak(scalar)
        }
        multiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak { blockPlainAllowed = false }
        if trailingSpace { blockAllowed = false }
        if breakSpace {
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if spaceBreak || specialCharacters {
            blockPlainAllowed = false
            singleQuotedAllowed = false
            blockAllowed = false
        }
        if lineBreaks { blockPlainAllowed = false }
        if blockIndicators { blockPlainAllowed = false }
    }

    /// libyaml's printable set (the emitter runs with unicode enabled).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20...0x7E, 0xA0...0xD7FF: return true
        case 0xE000...0xFFFD: return scalar.value != 0xFEFF
        default: return false
        }
    }

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }
}
