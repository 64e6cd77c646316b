import Foundation

/// Compares output with a committed golden file, byte for byte. With
/// `LSREADY_RECORD=1` the file is rewritten instead and the comparison
/// reports a failure, so that a recording run never passes by accident.
public enum GoldenFile {
    public enum Outcome: Equatable {
        case matches
        case differs(expected: String)
        case recorded
        case missing
    }

    public static func check(_ actual: String, against url: URL) -> Outcome {
        if ProcessInfo.processInfo.environment["LSREADY_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return .recorded
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else { return .missing }
        return expected == actual ? .matches : .differs(expected: expected)
    }

    /// Why `actual` does not match the golden file at `url` (nil when it
    /// matches), for `XCTFail`: recorded, missing, or the first differing line.
    public static func problem(_ actual: String, against url: URL, name: String) -> String? {
        switch check(actual, against: url) {
        case .matches: return nil
        case .recorded: return "\(name): recorded; run again without LSREADY_RECORD to compare"
        case .missing: return "\(name) is missing: record it with LSREADY_RECORD=1"
        case .differs(let expected): return "\(name) differs:\n\(firstDifference(expected, actual))"
        }
    }

    /// The first line that differs, both versions.
    public static func firstDifference(_ expected: String, _ actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "<end>"
            let b = index < right.count ? String(right[index]) : "<end>"
            if a != b { return "line \(index + 1):\n- \(a)\n+ \(b)" }
        }
        return "(same lines; different line endings)"
    }
}
