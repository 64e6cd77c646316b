/// An nginx size (`client_max_body_size`, the ingress-nginx `proxy-body-size`
/// annotation, the chart's `frontend.maxBodySize`, `--max-payload`). Not a
/// Kubernetes quantity: nginx reads `k`/`K`, `m`/`M`, `g`/`G` as ×1024 steps,
/// so `100m` is 100 MiB, and a bare number is bytes. Nginx accepts only whole
/// numbers, and `0` disables the limit.
public enum NginxSize: Sendable, Equatable, Comparable, CustomStringConvertible {
    case unlimited
    case bytes(Int64)

    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace
        guard let last = trimmed.last else { return nil }
        var digits = Substring(trimmed)
        var multiplier: Int64 = 1
        switch last {
        case "k", "K": multiplier = 1 << 10
        case "m", "M": multiplier = 1 << 20
        case "g", "G": multiplier = 1 << 30
        default: break
        }
        if multiplier != 1 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let count = Int64(digits) else { return nil }
        let (product, overflow) = count.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        self = product == 0 ? .unlimited : .bytes(product)
    }

    /// A size written as a bare number (`maxBodySize: 1048576` in YAML).
    public init?(number: Double) {
        guard number.isFinite, number >= 0, number.rounded() == number, number < 9.2e18 else { return nil }
        self = number == 0 ? .unlimited : .bytes(Int64(number))
    }

    /// True when a body of `size` bytes passes this limit.
    public func admits(_ size: Int64) -> Bool {
        switch self {
        case .unlimited: return true
        case .bytes(let limit): return size <= limit
        }
    }

    /// Unlimited is larger than every finite size.
    public static func < (lhs: NginxSize, rhs: NginxSize) -> Bool {
        switch (lhs, rhs) {
        case (.unlimited, _): return false
        case (.bytes, .unlimited): return true
        case (.bytes(let left), .bytes(let right)): return left < right
        }
    }

    /// `25Mi`, or `unlimited`.
    public var description: String {
        switch self {
        case .unlimited: return "unlimited"
        case .bytes(let bytes): return QuantityFormatter.bytes(bytes)
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingWhitespace: String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        var text = Substring(self)
        // Index arithmetic, not `reversed()`: the reversed views' generic types
        // are instantiated at run time, a conformance search each.
        while let first = text.first, isBlank(first) { text = text.dropFirst() }
        while let last = text.last, isBlank(last) { text = text.dropLast() }
        return String(text)
    }
}
