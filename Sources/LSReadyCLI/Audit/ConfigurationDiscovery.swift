import Foundation
import LSReadyCore

/// Finds and reads the audit's configuration: `--config FILE` when given
/// (then the file must exist), else `.lsready.yaml` in the working directory
/// when present, else none.
enum ConfigurationDiscovery {
    static let defaultName = ".lsready.yaml"

    static func load(explicit: String?, context: CommandContext) throws -> LSReadyConfiguration? {
        let path: String
        if let explicit {
            path = explicit
        } else {
            guard FileManager.default.fileExists(atPath: context.url(for: defaultName).path) else { return nil }
            path = defaultName
        }
        let url = context.url(for: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw InputError(.unreadable, "no such configuration file", at: .file(path))
        }
        guard !isDirectory.boolValue else {
            throw InputError(.unreadable, "is a directory; --config takes a file", at: .file(path))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(.unreadable, "cannot read the configuration file (permission denied?)", at: .file(path))
        }
        return try ConfigurationReader.read([UInt8](data), path: path, ruleIDs: context.rules.map(\.metadata.id))
    }
}
