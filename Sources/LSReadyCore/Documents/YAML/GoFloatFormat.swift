/// Go's `strconv.FormatFloat(f, 'g', -1, 32)`, which sigs.k8s.io/yaml uses
/// for float map keys: the shortest digits that read back as the same
/// float32; `%e` form when the exponent is below -4 or at least 6 (Go's
/// ftoa.go uses precision 6 for that choice when formatting shortest).
enum GoFloatFormat {
    static func formatShortestFloat32(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        let single = Float(value)
        if single.isInfinite { return single > 0 ? "+Inf" : "-Inf" }
        if single == 0 { return single.sign == .minus ? "-0" : "0" }
        let (negative, digits, pointPosition) = decimalDigits(of: single)
        let exponent = pointPosition - 1
        let body = exponent < -4 || exponent >= 6 ? exponentForm(digits, exponent) : fixedForm(digits, pointPosition)
        return negative ? "-" + body : body
    }

    private static func exponentForm(_ digits: [UInt8], _ exponent: Int) -> String {
        var text = String(UnicodeScalar(digits[0] + Byte.zero))
        if digits.count > 1 {
            text += "."
            for digit in digits.dropFirst() { text.append(Character(UnicodeScalar(digit + Byte.zero))) }
        }
        text += exponent < 0 ? "e-" : "e+"
        let magnitude = abs(exponent)
        text += magnitude < 10 ? "0\(magnitude)" : "\(magnitude)"
        return text
    }

    private static func fixedForm(_ digits: [UInt8], _ pointPosition: Int) -> String {
        var text = ""
        if pointPosition <= 0 {
            text = "0." + String(repeating: "0", count: -pointPosition)
            for digit in digits { text.append(Character(UnicodeScalar(digit + Byte.zero))) }
            return text
        }
        for index in 0..<max(pointPosition, digits.count) {
            if index == pointPosition { text += "." }
            let digit = index < digits.count ? digits[index] : 0
            text.append(Character(UnicodeScalar(digit + Byte.zero)))
        }
        return text
    }

    /// The shortest round-trip decimal digits of a float32 (Swift's
    /// `description` computes them) and the position of the decimal point:
    /// value = 0.d1d2d3… × 10^pointPosition.
    static func decimalDigits(of value: Float) -> (negative: Bool, digits: [UInt8], pointPosition: Int) {
        var text = Array(value.description.utf8)
        var negative = false
        if text.first == Byte.minus {
            negative = true
            text.removeFirst()
        }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == 0x65 || $0 == 0x45 }) {
            exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
            text.removeSubrange(e...)
        }
        var digits: [UInt8] = []
        var pointPosition = 0
        var sawPoint = false
        for byte in text {
            if byte == Byte.dot {
                sawPoint = true
                continue
            }
            digits.append(byte - Byte.zero)
            if !sawPoint { pointPosition += 1 }
        }
        while let first = digits.first, first == 0, digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while let last = digits.last, last == 0, digits.count > 1 { digits.removeLast() }
        return (negative, digits, pointPosition + exponent)
    }
}
