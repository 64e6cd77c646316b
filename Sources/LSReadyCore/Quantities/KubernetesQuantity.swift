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
    public static func millicores(_ text: String) -> Int64? {
        wholeAmount(text, inMillicores: true) ?? KubernetesQuantity(text)?.millicores
    }

    /// Parses memory or storage text to bytes; nil when it is not a valid quantity.
    public static func bytes(_ text: String) -> Int64? {
        wholeAmount(text, inMillicores: false) ?? KubernetesQuantity(text)?.bytes
    }

    /// The common forms, converted exactly without `Decimal` (whose parsing
    /// and locale cost ~2% of a small audit): up to 15 digits and one of the
    /// suffixes `"" m k M G T Ki Mi Gi Ti`, in millicores or in bytes rounded
    /// up; nil for anything else, which the full parser then reads.
    /// `ObjectReader` uses it for the cluster's objects too.
    static func wholeAmount(_ text: String, inMillicores: Bool) -> Int64? {
        var value: Int64 = 0
        var digits = 0
        var suffix: UInt32 = 0
        var suffixLength = 0
        for byte in text.utf8 {
            if suffixLength == 0, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if digits > 15 { return nil }
            } else {
                suffixLength += 1
                if suffixLength > 2 { return nil }
                suffix = suffix << 8 | UInt32(byte)
            }
        }
        guard digits > 0 else { return nil }
        // The amount in thousandths of the base unit (a core, a byte), exact.
        let milli: Int64
        switch suffix {
        case 0: milli = 1000
        case 0x6D: milli = 1 // m
        case 0x6B: milli = 1_000_000 // k
        case 0x4D: milli = 1_000_000_000 // M
        case 0x47: milli = 1_000_000_000_000 // G
        case 0x54: milli = 1_000_000_000_000_000 // T
        case 0x4B69: milli = 1000 << 10 // Ki
        case 0x4D69: milli = 1000 << 20 // Mi
        case 0x4769: milli = 1000 << 30 // Gi
        case 0x5469: milli = 1000 << 40 // Ti
        default: return nil
        }
        let (product, overflow) = value.multipliedReportingOverflow(by: milli)
        guard !overflow else { return nil }
        if inMillicores { return product }
        return product / 1000 + (product % 1000 == 0 ? 0 : 1)
    }

    private static let binarySuffixes: [String: Int] = ["Ki": 10, "Mi": 20, "Gi": 30, "Ti": 40, "Pi": 50, "Ei": 60]
    private static let decimalSuffixes: [String: Int] = ["n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18]
    private static let posix = Locale(identifier: "en_US_POSIX")
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
        guard let mantissa = Decimal(string: numberText, locale: posix) else { return nil }
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
