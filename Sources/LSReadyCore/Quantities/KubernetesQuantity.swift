import Foundation

/// A Kubernetes resource quantity (`8`, `3500m`, `32Gi`, `1e9`, `1.5Gi`),
/// read exactly as the API server's grammar reads it: a non-negative decimal
/// number, then one optional suffix (binary `Ki Mi Gi Ti Pi Ei`, decimal
/// `n u m k M G T P E`, or an exponent `e3`/`E-2`).
///
/// Arithmetic is decimal (Foundation's `Decimal`), not binary floating point,
/// so `0.1` CPU is exactly 100 millicores. Like Kubernetes, conversions to
/// whole units round up. Negative amounts are invalid: no request or
/// capacity can be negative.
public struct KubernetesQuantity: Sendable, Equatable {
    /// The amount in base units (cores for CPU, bytes for memory).
    public let amount: Decimal

    public init?(_ text: String) {
        guard let amount = KubernetesQuantity.parseAmount(text) else { return nil }
        self.amount = amount
    }

    /// A quantity written as a bare number (`cpu: 2` in YAML reads as a number).
    public init?(number: Double) {
        guard number.isFinite, number >= 0 else { return nil }
        self.init(String(describing: number))
    }

    /// CPU in millicores, rounded up (`0.5` → 500, `1e3` → 1_000_000); nil past Int64.
    public var millicores: Int64? { KubernetesQuantity.roundedUp(amount * 1000) }

    /// Memory or storage in bytes, rounded up (`1.5Gi` → 1_610_612_736); nil past Int64.
    public var bytes: Int64? { KubernetesQuantity.roundedUp(amount) }

    /// Parses CPU text to millicores; nil when it is not a valid quantity.
    public static func millicores(_ text: String) -> Int64? { KubernetesQuantity(text)?.millicores }

    /// Parses memory or storage text to bytes; nil when it is not a valid quantity.
    public static func bytes(_ text: String) -> Int64? { KubernetesQuantity(text)?.bytes }

    private static let binarySuffixes: [String: Int] = ["Ki": 10, "Mi": 20, "Gi": 30, "Ti": 40, "Pi": 50, "Ei": 60]
    private static let decimalSuffixes: [String: Int] = ["n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18]
    /// Kubernetes caps a quantity's magnitude; so do we, well before Decimal's own limits.
    private static let maximumExponent = 30

    private static func parseAmount(_ text: String) -> Decimal? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        if index < scalars.count, scalars[index] == "+" { index += 1 }
        let numberStart = index
        var digits = 0
        var sawDot = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar >= "0" && scalar <= "9" {
                digits += 1
            } else if scalar == "." && !sawDot {
                sawDot = true
            } else {
                break
            }
            index += 1
        }
        // At least one digit, and not so many that Decimal's 38-digit mantissa loses them.
        guard digits > 0, digits <= 30 else { return nil }
        let numberText = String(String.UnicodeScalarView(scalars[numberStart..<index]))
        guard let mantissa = Decimal(string: numberText, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        let suffix = String(String.UnicodeScalarView(scalars[index...]))

        if let power = binarySuffixes[suffix] {
            return mantissa * pow(Decimal(2), power)
        }
        if let exponent = decimalSuffixes[suffix] {
            return scaled(mantissa, byPowerOfTen: exponent)
        }
        if let first = suffix.first, first == "e" || first == "E", suffix.count > 1,
           let exponent = Int(suffix.dropFirst()), abs(exponent) <= maximumExponent {
            return scaled(mantissa, byPowerOfTen: exponent)
        }
        return nil
    }

    private static func scaled(_ value: Decimal, byPowerOfTen exponent: Int) -> Decimal {
        exponent >= 0 ? value * pow(Decimal(10), exponent) : value / pow(Decimal(10), -exponent)
    }

    private static func roundedUp(_ value: Decimal) -> Int64? {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .up)
        guard result <= Decimal(Int64.max) else { return nil }
        return NSDecimalNumber(decimal: result).int64Value
    }
}
