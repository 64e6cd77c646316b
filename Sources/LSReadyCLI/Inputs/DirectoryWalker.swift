import Foundation

/// The files lsready reads from a directory: `*.yaml`, `*.yml` and `*.json`,
/// recursively, sorted by path; hidden entries and symbolic links to
/// directories are skipped (no cycles). A LangSmith diagnostics bundle is
/// recognised wherever it appears in the tree.
enum DirectoryWalker {
    struct Entry: Equatable {
        /// Relative to the walked directory, `/`-separated.
        var relativePath: String
        /// Set for the files of a diagnostics bundle, whose role is known by name.
        var forcedKind: GatheredInputs.Kind?
    }

    static let extensions: Set<String> = ["yaml", "yml", "json"]

    static func entries(in directory: URL) throws -> [Entry] {
        var entries: [Entry] = []
        try walk(directory, prefix: "", into: &entries)
        return entries.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
    }

    private static func walk(_ directory: URL, prefix: String, into entries: inout [Entry]) throws {
        if let bundle = DiagnosticsBundle(directory: directory) {
            entries += bundle.entries.map { Entry(relativePath: prefix + $0.relativePath, forcedKind: $0.forcedKind) }
            return
        }
        for name in try contents(of: directory) where !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            switch kind(of: url) {
            case .directory: try walk(url, prefix: prefix + name + "/", into: &entries)
            case .file:
                if extensions.contains(url.pathExtension.lowercased()) {
                    entries.append(Entry(relativePath: prefix + name, forcedKind: nil))
                }
            case .other: break
            }
        }
    }

    enum Kind { case file, directory, other }

    static func kind(of url: URL) -> Kind {
        let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey, .isRegularFileKey])
        if values?.isSymbolicLink == true {
            // Follow links to files; never links to directories.
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .other }
            return isDirectory.boolValue ? .other : .file
        }
        if values?.isDirectory == true { return .directory }
        if values?.isRegularFile == true { return .file }
        return .other
    }

    static func contents(of directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
    }
}

/// A LangSmith diagnostics bundle directory: `resources_details.yaml` (the
/// cluster's objects) and `helm-values/<release>_values.yaml` (each
/// release's values); its other files (logs, events) are not inputs.
struct DiagnosticsBundle {
    static let resourcesFile = "resources_details.yaml"
    static let valuesDirectory = "helm-values"
    static let valuesSuffix = "_values.yaml"

    var entries: [DirectoryWalker.Entry]

    /// Nil when `directory` is not a bundle.
    init?(directory: URL) {
        let fileManager = FileManager.default
        let resources = directory.appendingPathComponent(Self.resourcesFile)
        let valuesFolder = directory.appendingPathComponent(Self.valuesDirectory)
        var isDirectory: ObjCBool = false
        let hasResources = fileManager.fileExists(atPath: resources.path)
        let hasValues = fileManager.fileExists(atPath: valuesFolder.path, isDirectory: &isDirectory) && isDirectory.boolValue
        guard hasResources || hasValues else { return nil }
        var entries: [DirectoryWalker.Entry] = []
        if hasResources { entries.append(.init(relativePath: Self.resourcesFile, forcedKind: .cluster)) }
        if hasValues {
            let names = (try? DirectoryWalker.contents(of: valuesFolder)) ?? []
            for name in names where name.hasSuffix(Self.valuesSuffix) && !name.hasPrefix(".") {
                entries.append(.init(relativePath: Self.valuesDirectory + "/" + name, forcedKind: .values))
            }
        }
        self.entries = entries
    }
}
