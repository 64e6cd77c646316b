/// Go's `strconv.ParseInt(s, 0, 64)` and `ParseUint(s, 0, 64)` on text
/// whose underscores are already removed: an optional sign (ParseInt only),
/// `0x`/`0o`/`0b` prefixes, and a leading `0` meaning octal.
enum GoIntegerParser {
    static func parseInt(_ bytes: [UInt8]) -> Int64? {
        var body = bytes[...]
        var negative = false
        if let first = body.first, first == Byte.plus || first == Byte.minus {
            negative = first == Byte.minus
            body = body.dropFirst()
        }
        guard let magnitude = parseMagnitude(body) else { return nil }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            guard magnitude <= UInt64(Int64.max) else { return nil }
            return -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    static func parseUnsigned(_ bytes: [UInt8]) -> UInt64? {
        parseMagnitude(bytes[...])
    }

    private static func parseMagnitude(_ body: ArraySlice<UInt8>) -> UInt64? {
        guard let first = body.first else { return nil }
        var digits = body
        var base: UInt64 = 10
        if first == Byte.zero && body.count > 1 {
            let second = body[body.startIndex + 1] | 0x20 // lower case
            switch second {
            case 0x78: base = 16; digits = body.dropFirst(2)   // x
            case 0x6F: base = 8; digits = body.dropFirst(2)    // o
            case 0x62: base = 2; digits = body.dropFirst(2)    // b
            default: base = 8; digits = body.dropFirst(1)      // leading 0: octal
            }
            guard !digits.isEmpty else { return nil }
        }
        var value: UInt64 = 0
        for byte in digits {
            guard let digit = Byte.hexValue(byte), UInt64(digit) < base else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: base)
            let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(digit))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }
}
