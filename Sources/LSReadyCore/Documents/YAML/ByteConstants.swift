/// The bytes the YAML scanner looks at, by name. The scanner works on UTF-8
/// bytes; every character that means something to YAML is ASCII.
enum Byte {
    /// Also the end-of-input sentinel: the input is padded with zeros, and a
    /// NUL inside the input is rejected before scanning starts.
    static let end: UInt8 = 0x00
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let exclamation: UInt8 = 0x21
    static let doubleQuote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let percent: UInt8 = 0x25
    static let ampersand: UInt8 = 0x26
    static let singleQuote: UInt8 = 0x27
    static let asterisk: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let one: UInt8 = 0x31
    static let seven: UInt8 = 0x37
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let lessThan: UInt8 = 0x3C
    static let greaterThan: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let at: UInt8 = 0x40
    static let upperA: UInt8 = 0x41
    static let upperF: UInt8 = 0x46
    static let upperZ: UInt8 = 0x5A
    static let leftBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let rightBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let backtick: UInt8 = 0x60
    static let lowerA: UInt8 = 0x61
    static let lowerF: UInt8 = 0x66
    static let lowerZ: UInt8 = 0x7A
    static let leftBrace: UInt8 = 0x7B
    static let pipe: UInt8 = 0x7C
    static let rightBrace: UInt8 = 0x7D
    static let tilde: UInt8 = 0x7E
    static let delete: UInt8 = 0x7F

    @inline(__always) static func isBreak(_ byte: UInt8) -> Bool {
        byte == lineFeed || byte == carriageReturn
    }

    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    /// A break or the end of the input.
    @inline(__always) static func isBreakOrEnd(_ byte: UInt8) -> Bool {
        byte == lineFeed || byte == carriageReturn || byte == end
    }

    /// White space, a break, or the end of the input.
    @inline(__always) static func isBlankOrEnd(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == lineFeed || byte == carriageReturn || byte == end
    }

    /// `, [ ] { }`: they end plain scalars, anchors and tags inside flow collections.
    @inline(__always) static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == comma || byte == leftBracket || byte == rightBracket || byte == leftBrace || byte == rightBrace
    }

    @inline(__always) static func isDecimalDigit(_ byte: UInt8) -> Bool {
        byte >= zero && byte <= nine
    }

    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDecimalDigit(byte) || (byte >= upperA && byte <= upperZ) || (byte >= lowerA && byte <= lowerZ)
    }

    /// The value of a hexadecimal digit, or nil.
    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt32? {
        if isDecimalDigit(byte) { return UInt32(byte - zero) }
        if byte >= upperA && byte <= upperF { return UInt32(byte - upperA + 10) }
        if byte >= lowerA && byte <= lowerF { return UInt32(byte - lowerA + 10) }
        return nil
    }

    /// True for the first byte of a UTF-8 sequence (not a continuation byte):
    /// columns count Unicode scalars, so only these advance the column.
    @inline(__always) static func startsScalar(_ byte: UInt8) -> Bool {
        byte & 0xC0 != 0x80
    }

    /// The length of the UTF-8 sequence that starts with `byte` (input already validated).
    @inline(__always) static func sequenceLength(_ byte: UInt8) -> Int {
        if byte < 0x80 { return 1 }
        if byte < 0xE0 { return 2 }
        if byte < 0xF0 { return 3 }
        return 4
    }
}
