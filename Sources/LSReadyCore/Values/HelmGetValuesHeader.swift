/// `helm get values` prints a header line before the YAML
/// (`USER-SUPPLIED VALUES:`, or `COMPUTED VALUES:` with `--all`); users save
/// that output and hand it to us as a values file.
public enum HelmGetValuesHeader {
    public static let headerLines = ["USER-SUPPLIED VALUES:", "COMPUTED VALUES:"]

    /// The bytes with a header first line blanked out, or nil when the file
    /// has no header. The line is emptied rather than removed so that every
    /// position in the body keeps its true line number.
    public static func stripped(_ bytes: [UInt8]) -> [UInt8]? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        var line = bytes[start..<end]
        while let last = line.last, last == 0x0D || last == 0x20 || last == 0x09 { line = line.dropLast() }
        guard headerLines.contains(where: { Array($0.utf8) == Array(line) }) else { return nil }
        return Array(bytes[end...])
    }
}
