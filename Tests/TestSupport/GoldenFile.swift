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
}
