/// Human-readable quantities for messages: bytes in binary units (`32Gi`,
/// `1.5Gi`), CPU in cores or millicores (`8`, `3500m`), as a Kubernetes user
/// would write them.
public enum QuantityFormatter {
    private static let binaryUnits: [(suffix: String, size: Int64)] = [
        ("Ei", 1 << 60), ("Pi", 1 << 50), ("Ti", 1 << 40), ("Gi", 1 << 30), ("Mi", 1 << 20), ("Ki", 1 << 10),
    ]

    /// `34359738368` → `32Gi`; `1610612736` → `1.5Gi`; `1000` → `1000`.
    /// Inexact amounts keep one decimal (rounded down, so a message never
    /// overstates a capacity).
    public static func bytes(_ bytes: Int64) -> String {
        guard bytes >= 1024 || bytes <= -1024 else { return String(bytes) }
        let magnitude = bytes.magnitude
        for unit in binaryUnits where magnitude >= UInt64(unit.size) {
            let size = UInt64(unit.size)
            let sign = bytes < 0 ? "-" : ""
            if magnitude % size == 0 { return "\(sign)\(magnitude / size)\(unit.suffix)" }
            // The remainder is below the unit, so ×10 cannot overflow.
            let whole = magnitude / size
            let tenth = magnitude % size * 10 / size
            if tenth == 0 { return "\(sign)\(whole)\(unit.suffix)" }
            return "\(sign)\(whole).\(tenth)\(unit.suffix)"
        }
        return String(bytes)
    }

    /// `8000` → `8`; `3500` → `3500m`.
    public static func cpu(millicores: Int64) -> String {
        millicores % 1000 == 0 ? String(millicores / 1000) : "\(millicores)m"
    }
}
