import Foundation

/// Locates the repository's own folders and the optional `../shared` folder
/// (present on developer machines and in CI, absent in a user's fresh clone).
public enum ProjectPaths {
    /// The package root, found from this source file's location.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    public static var fixtures: URL { root.appendingPathComponent("Fixtures") }

    /// `../shared` beside the package, or nil (then a test prints
    /// "skipped: ../shared not found" and returns).
    /// `LSREADY_SHARED` names it explicitly (a git worktree sits deeper than a clone).
    public static var shared: URL? {
        if let explicit = ProcessInfo.processInfo.environment["LSREADY_SHARED"], !explicit.isEmpty {
            return FileManager.default.fileExists(atPath: explicit) ? URL(fileURLWithPath: explicit) : nil
        }
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Returns `../shared/<relative>`, or prints the skip message and returns nil.
    public static func shared(_ relative: String, for test: String) -> URL? {
        guard let shared else {
            print("\(test): skipped: ../shared not found")
            return nil
        }
        return shared.appendingPathComponent(relative)
    }
}
