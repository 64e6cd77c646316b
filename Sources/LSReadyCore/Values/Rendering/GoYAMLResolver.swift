/// go-yaml v2's answer to "would this text, written plain, read back as
/// something other than a string?" (resolve.go `resolve` with an empty tag,
/// plus `isBase60Float`). The YAML renderer double-quotes such strings, as
/// `helm get values` does.
enum GoYAMLResolver {
    static func readsAsNonString(_ text: String) -> Bool {
        resolvesToNonString(text) || isBase60Float(text)
    }

    private static let exactMatches: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
        "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
        "", "~", "null", "Null", "NULL",
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
        "-.inf", "-.Inf", "-.INF",
    ]

    private static func resolvesToNonString(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return true }
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
            return exactMatches.contains(text)
        case UInt8(ascii: "."):
            return exactMatches.contains(text) || isGoFloat(bytes, allowUnderscores: false)
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if exactMatches.contains(text) { return true }
            if isTimestamp(bytes) { return true }
            let plain = bytes.filter { $0 != UInt8(ascii: "_") }
            return isGoInteger(plain) || isYAMLFloat(plain)
        default:
            return false
        }
    }

    /// `strconv.ParseInt(s, 0, 64)` then `ParseUint`: sign, `0x`/`0o`/`0b`
    /// prefixes, a leading `0` meaning octal, within 64 bits.
    static func isGoInteger(_ bytes: [UInt8]) -> Bool {
        var digits = bytes[...]
        var signed = false
        if let sign = digits.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            digits = digits.dropFirst()
            signed = true
        }
        var radix: UInt64 = 10
        if digits.count >= 2, digits.first == UInt8(ascii: "0") {
            switch digits[digits.startIndex + 1] | 0x20 {
            case UInt8(ascii: "x"): radix = 16; digits = digits.dropFirst(2)
            case UInt8(ascii: "o"): radix = 8; digits = digits.dropFirst(2)
            case UInt8(ascii: "b"): radix = 2; digits = digits.dropFirst(2)
            default: radix = 8; digits = digits.dropFirst()
            }
        }
        guard !digits.isEmpty else { return false }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt64(byte - UInt8(ascii: "A") + 10)
            default: return false
            }
            guard digit < radix else { return false }
            let (product, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, carry) = product.addingReportingOverflow(digit)
            if overflow || carry { return false }
            value = sum
        }
        // Signed text must fit int64; unsigned text may use all of uint64.
        return signed ? value <= UInt64(Int64.max) + (bytes.first == UInt8(ascii: "-") ? 1 : 0) : true
    }

    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`, in float64 range.
    static func isYAMLFloat(_ bytes: [UInt8]) -> Bool {
        isGoFloat(bytes, allowUnderscores: false)
    }

    private static func isGoFloat(_ bytes: [UInt8], allowUnderscores: Bool) -> Bool {
        var index = 0
        func digitsRun() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digitsRun() > 0 else { return false }
        } else {
            guard digitsRun() > 0 else { return false }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                _ = digitsRun()
            }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digitsRun() > 0 else { return false }
        }
        guard index == bytes.count else { return false }
        // Out of range (`1e400`) fails ParseFloat and stays a string.
        guard let value = Double(String(decoding: bytes, as: UTF8.self)) else { return false }
        return value.isFinite
    }

    /// go-yaml's `parseTimestamp`: `YYYY-M-D`, optionally followed by a time
    /// (after `T`, `t` or a space) and, for `T`/`t`, a zone.
    private static func isTimestamp(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let dateEnd = text.firstIndex(where: { $0 == "T" || $0 == "t" || $0 == " " }) ?? text.endIndex
        let dateParts = text[..<dateEnd].split(separator: "-", omittingEmptySubsequences: false)
        guard dateParts.count == 3, dateParts[0].count == 4,
              dateParts[1].count <= 2, dateParts[2].count <= 2,
              let year = Int(dateParts[0]), let month = Int(dateParts[1]), let day = Int(dateParts[2]),
              dateParts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return false }
        guard dateEnd < text.endIndex else { return true }
        let separator = text[dateEnd]
        var rest = text[text.index(after: dateEnd)...]
        if separator != " " {
            if rest.hasSuffix("Z") {
                rest = rest.dropLast()
            } else if rest.count > 6, let signIndex = rest.index(rest.endIndex, offsetBy: -6, limitedBy: rest.startIndex),
                      rest[signIndex] == "+" || rest[signIndex] == "-" {
                let zone = rest[rest.index(after: signIndex)...].split(separator: ":", omittingEmptySubsequences: false)
                guard zone.count == 2, zone.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
                rest = rest[..<signIndex]
            } else {
                return false
            }
        }
        var fraction = Substring("")
        if let dot = rest.firstIndex(of: ".") {
            fraction = rest[rest.index(after: dot)...]
            rest = rest[..<dot]
            guard !fraction.isEmpty, fraction.count <= 9, fraction.allSatisfy(\.isASCIIDigit) else { return false }
        }
        let clock = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
              hour < 24, minute < 60, second < 60
        else { return false }
        return true
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`: go-yaml quotes
    /// YAML 1.1 sexagesimal numbers (`1:20`) for other readers' sake.
    private static func isBase60Float(_ text: String) -> Bool {
        var scalars = Substring(text)
        if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
        guard let first = scalars.first, first.isASCIIDigit else { return false }
        let head = scalars.prefix(while: { $0.isASCIIDigit || $0 == "_" })
        scalars = scalars.dropFirst(head.count)
        var groups = 0
        while scalars.first == ":" {
            let group = scalars.dropFirst().prefix(while: \.isASCIIDigit)
            guard (1...2).contains(group.count), group.count == 1 || group.first! <= "5" else { return false }
            scalars = scalars.dropFirst(1 + group.count)
            groups += 1
        }
        guard groups > 0 else { return false }
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            return scalars.allSatisfy { $0.isASCIIDigit || $0 == "_" }
        }
        return scalars.isEmpty
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
