/// A timeout in seconds, as nginx and the ingress controllers write it:
/// a bare number of seconds (`60`; the ingress-nginx `proxy-read-timeout`
/// annotation and the ALB `idle_timeout.timeout_seconds` attribute are plain
/// integers), or nginx time units, possibly combined: `ms`, `s`, `m`, `h`,
/// `d`, `w` (`60s`, `5m`, `1m30s`, `500ms`). Anything else (a sign, a
/// fraction, `M` for months, `y` for years) is rejected: an nginx edge would
/// not take it either.
public enum NginxDuration {
    /// The duration in seconds (fractional only for `ms`), or nil when unreadable.
    public static func seconds(_ text: String) -> Double? {
        let scalars = Array(text.trimmingWhitespace.unicodeScalars)
        guard !scalars.isEmpty else { return nil }
        if scalars.allSatisfy({ $0 >= "0" && $0 <= "9" }) {
            return Double(String(String.UnicodeScalarView(scalars)))
        }
        var index = 0
        var totalMilliseconds: Double = 0
        var lastUnitMilliseconds = Double.infinity
        while index < scalars.count {
            let start = index
            while index < scalars.count, scalars[index] >= "0", scalars[index] <= "9" { index += 1 }
            guard index > start, index - start <= 12,
                  let count = Double(String(String.UnicodeScalarView(scalars[start..<index]))) else { return nil }
            let unitStart = index
            while index < scalars.count, !(scalars[index] >= "0" && scalars[index] <= "9") { index += 1 }
            let unit = String(String.UnicodeScalarView(scalars[unitStart..<index]))
            guard let milliseconds = unitMilliseconds[unit], milliseconds < lastUnitMilliseconds else { return nil }
            // nginx wants units from largest to smallest, each at most once (`1m30s`, never `30s1m`).
            lastUnitMilliseconds = milliseconds
            totalMilliseconds += count * milliseconds
        }
        return totalMilliseconds / 1000
    }

    /// A timeout written as a bare number in YAML (`proxyReadTimeout: 300`).
    public static func seconds(number: Double) -> Double? {
        number.isFinite && number >= 0 ? number : nil
    }

    private static let unitMilliseconds: [String: Double] = [
        "ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000,
    ]
}
