/// How Go prints the float64 numbers Helm holds, so that our output matches
/// `helm get values` digit for digit. Both Go and Swift print the shortest
/// digits that round-trip; only the layout differs.
enum GoNumberFormat {
    /// `encoding/json`: plain decimal for 1e-6 ≤ |x| < 1e21, otherwise
    /// exponent form with at least one exponent digit (`1e+21`, `1e-7`).
    static func json(_ number: Double) -> String {
        let magnitude = abs(number)
        if magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21) {
            return exponent(ShortestDigits(number), minimumExponentDigits: 1)
        }
        return fixed(ShortestDigits(number))
    }

    /// go-yaml v2 after `sigs.k8s.io/yaml`: the JSON text is re-read, so a
    /// whole number within int64/uint64 prints as an integer, anything else
    /// as `strconv.FormatFloat(x, 'g', -1, 64)` (`1.5`, `1e+21`, `1e-07`):
    /// shortest digits, exponent form when the exponent is below -4 or at
    /// least 6 (Go's rule for the shortest 'g'), so `1234567.5` is `1.2345675e+06`.
    static func yaml(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 18446744073709551616.0 {
            if number >= 0 { return String(UInt64(number)) }
            if number >= -9223372036854775808.0 { return String(Int64(number)) }
        }
        let digits = ShortestDigits(number)
        let decimalExponent = digits.decimalPoint - 1
        if decimalExponent < -4 || decimalExponent >= 6 {
            return exponent(digits, minimumExponentDigits: 2)
        }
        return fixed(digits)
    }

    private static func fixed(_ digits: ShortestDigits) -> String {
        var text = digits.negative ? "-" : ""
        let all = digits.digits
        if digits.decimalPoint <= 0 {
            text += "0." + String(repeating: "0", count: -digits.decimalPoint) + all
        } else if digits.decimalPoint >= all.count {
            text += all + String(repeating: "0", count: digits.decimalPoint - all.count)
        } else {
            let split = all.index(all.startIndex, offsetBy: digits.decimalPoint)
            text += all[..<split] + "." + all[split...]
        }
        return text
    }

    private static func exponent(_ digits: ShortestDigits, minimumExponentDigits: Int) -> String {
        var text = digits.negative ? "-" : ""
        let all = digits.digits
        text.append(all.first ?? "0")
        if all.count > 1 { text += "." + all.dropFirst() }
        let power = digits.decimalPoint - 1
        let magnitude = String(abs(power))
        text += (power < 0 ? "e-" : "e+")
        text += String(repeating: "0", count: max(0, minimumExponentDigits - magnitude.count)) + magnitude
        return text
    }
}

/// A finite double as its shortest round-trip decimal digits: the value is
/// `0.<digits> × 10^decimalPoint` (Go's `decimalSlice` convention).
struct ShortestDigits {
    var negative: Bool
    /// No leading or trailing zeros; "0" for zero.
    var digits: String
    var decimalPoint: Int

    init(_ number: Double) {
        negative = number.sign == .minus
        // Swift's description is the shortest round-trip form, e.g. "1.5",
        // "1e-07", "1.2345e+20", "100.0".
        var text = Substring(abs(number).description)
        var power = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            power = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        let integerPart = text.prefix(while: { $0 != "." })
        let fractionPart = text.dropFirst(integerPart.count + 1)
        var all = String(integerPart) + fractionPart
        var point = integerPart.count + power
        while all.first == "0" {
            all.removeFirst()
            point -= 1
        }
        while all.last == "0" { all.removeLast() }
        if all.isEmpty {
            all = "0"
            point = 1
        }
        digits = all
        decimalPoint = point
    }
}
